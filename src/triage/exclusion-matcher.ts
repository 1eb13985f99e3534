import type { GroupMembershipChecker } from '../auth/group-membership';
import { GUID } from '../pim/ids';
import type { Logger } from '../logging/logger';
import type { AlertIncident } from '../pim/model';
import type { ExclusionStore } from './exclusion-store';

/**
 * Which incidents are about excluded people: a user exclusion matches the incident's assignee object id
 * or UPN; a group exclusion matches when the assignee is a (transitive) member, asked through Graph
 * `checkMemberGroups` (cached by the checker). A failed membership lookup counts as "not excluded":
 * one notification too many rather than a missed one; it is logged.
 */
export class ExclusionMatcher {
  constructor(
    private readonly store: ExclusionStore,
    private readonly groups: GroupMembershipChecker | undefined,
    private readonly logger: Logger,
  ) {}

  /** The ids of the incidents whose assignee is excluded. */
  async excludedIncidentIds(incidents: readonly AlertIncident[]): Promise<ReadonlySet<string>> {
    const exclusions = await this.store.list();
    const excluded = new Set<string>();
    if (exclusions.length === 0) return excluded;
    const users = new Set(exclusions.filter((item) => item.kind === 'user').map((item) => item.value));
    const groupIds = exclusions.filter((item) => item.kind === 'group').map((item) => item.value);
    for (const incident of incidents) {
      if (matchesUser(incident, users) || (await this.inExcludedGroup(incident, groupIds))) excluded.add(incident.id);
    }
    return excluded;
  }

  private async inExcludedGroup(incident: AlertIncident, groupIds: readonly string[]): Promise<boolean> {
    const assignee = incident.assigneeId;
    if (!this.groups || groupIds.length === 0 || assignee === undefined || !GUID.test(assignee)) return false;
    for (const groupId of groupIds) {
      try {
        if (await this.groups.isMember(assignee, groupId)) return true;
      } catch (error) {
        this.logger.warn('exclusion group check failed; the incident is treated as not excluded', { incidentId: incident.id, error });
      }
    }
    return false;
  }
}

function matchesUser(incident: AlertIncident, users: ReadonlySet<string>): boolean {
  return [incident.assigneeId, incident.assigneeUserPrincipalName].some((value) => value !== undefined && users.has(value.toLowerCase()));
}

