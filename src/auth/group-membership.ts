import type { Client } from '@microsoft/microsoft-graph-client';
import { AppError } from '../errors/app-error';
import { GUID } from '../pim/ids';

/** Answers "is this user a (transitive) member of that group?"; throws when it cannot tell. */
export interface GroupMembershipChecker {
  isMember(userObjectId: string, groupId: string): Promise<boolean>;
}

/** A GUID ready for a URL path or request body; throws AppError `invalidId` otherwise. */
export function guidValue(value: string, what: string): string {
  if (!GUID.test(value)) throw new AppError('invalidId', { userMessage: `That is not a valid ${what}.` });
  return value.toLowerCase();
}

/**
 * Membership through Graph v1.0 `POST /users/{id}/checkMemberGroups` (transitive). App-only it needs
 * User.Read.All and GroupMember.Read.All (or Directory.Read.All), per the Graph reference; with
 * GroupMember.Read.All alone Graph answers 403. Both ids are validated as GUIDs first.
 */
export class GraphGroupMembershipChecker implements GroupMembershipChecker {
  constructor(private readonly client: Client) {}

  async isMember(userObjectId: string, groupId: string): Promise<boolean> {
    const user = encodeURIComponent(guidValue(userObjectId, 'user object id'));
    const group = guidValue(groupId, 'group id');
    const response: unknown = await this.client
      .api(`/users/${user}/checkMemberGroups`)
      .version('v1.0')
      .post({ groupIds: [group] });
    return memberGroupIds(response).includes(group);
  }
}

function memberGroupIds(response: unknown): readonly string[] {
  const value = (response as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) {
    throw new AppError('graphUnavailable', { userMessage: 'Microsoft Graph sent an unexpected group membership answer.' });
  }
  return value.filter((id): id is string => typeof id === 'string').map((id) => id.toLowerCase());
}
