import type { GroupMembershipChecker } from '../auth/group-membership';
import type { ExcludedIncidents } from '../cards/incident-marks';
import { GUID } from '../pim/ids';
import type { Logger } from '../logging/logger';
import type { AlertIncident } from '../pim/model';
import type { ExclusionRecord, ExclusionStore } from './exclusion-store';

/**
 * Which incidents are about excluded people: a user exclusion matches the incident's assignee object id
 * or UPN (a resolved user: by object id, and by the UPN the directory gave); a group exclusion matches when the assignee is a (transitive) member, asked through Graph
 * `checkMemberGroups` (cached by the checker). A failed membership lookup (Graph down, or the app lacks
 * User.Read.All + GroupMember.Read.All) is not a silent "not excluded": the incident is listed in
 * `unchecked`, logged as an error, and the card marks it, so nobody takes it for a checked answer.
 */
export class ExclusionMatcher {
  constructor(
    private readonly store: ExclusionStore,
    private readonly groups: GroupMembershipChecker | undefined,
    private readonly logger: Logger,
  ) {}

  /** The ids of the incidents whose assignee is excluded, and of those whose group exclusions could not be checked. */
  async excludedIncidentIds(incidents: readonly AlertIncident[]): Promise<ExcludedIncidents> {
    const exclusions = await this.store.list();
    const excluded = new Set<string>();
    const unchecked = new Set<string>();
    if (exclusions.length === 0) return Object.assign(excluded, { unchecked });
    const users = new Set(exclusions.filter((item) => item.kind === 'user').flatMap(userKeys));
    const groupIds = exclusions.filter((item) => item.kind === 'group').map((item) => item.value);
    for (const incident of incidents) {
      if (matchesUser(incident, users)) {
        excluded.add(incident.id);
        continue;
      }
      const inGroup = await this.inExcludedGroup(incident, groupIds);
      if (inGroup === 'member') excluded.add(incident.id);
      if (inGroup === 'unknown') unchecked.add(incident.id);
    }
    return Object.assign(excluded, { unchecked });
  }

  private async inExcludedGroup(incident: AlertIncident, groupIds: readonly string[]): Promise<'member' | 'notMember' | 'unknown'> {
    const assignee = incident.assigneeId;
    if (groupIds.length === 0 || assignee === undefined || !GUID.test(assignee)) return 'notMember';
    if (!this.groups) return this.unknown(incident, new Error('no Graph group membership checker is configured'));
    let answer: 'notMember' | 'unknown' = 'notMember';
    for (const groupId of groupIds) {
      try {
        if (await this.groups.isMember(assignee, groupId)) return 'member';
      } catch (error) {
        answer = this.unknown(incident, error);
      }
    }
    return answer;
  }

  private unknown(incident: AlertIncident, error: unknown): 'unknown' {
    this.logger.error('exclusion group check failed; the incident is shown as not checked (the app needs User.Read.All and GroupMember.Read.All)', {
      incidentId: incident.id, error,
    });
    return 'unknown';
  }
}

/** A user exclusion matches its key (object id or UPN) and the UPN the directory gave when it was resolved. */
function userKeys(exclusion: ExclusionRecord): string[] {
  const upn = exclusion.user?.userPrincipalName.toLowerCase();
  return upn ? [exclusion.value, upn] : [exclusion.value];
}

function matchesUser(incident: AlertIncident, users: ReadonlySet<string>): boolean {
  return [incident.assigneeId, incident.assigneeUserPrincipalName].some((value) => value !== undefined && users.has(value.toLowerCase()));
}
