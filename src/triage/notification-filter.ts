import type { Logger } from '../logging/logger';
import type { IncidentRise } from '../notifications/incident-rise';
import type { ExcludedIncidents } from '../cards/incident-marks';
import type { ExclusionMatcher } from './exclusion-matcher';
import type { SnoozeStore } from './snooze-store';

/** Whether a rise is posted at all, and which of its incidents are about excluded (break-glass) people. */
export interface FilterDecision {
  readonly notify: boolean;
  /** Why not, for the log: `snoozed` or `onlyExcluded`. */
  readonly reason?: 'snoozed' | 'onlyExcluded';
  readonly excludedIncidentIds: ExcludedIncidents;
}

/**
 * The triage step between "an alert rose" and "post it": a snoozed alert is not posted until its
 * snooze ends; a rise whose only new incidents are about excluded people is not posted; otherwise
 * excluded incidents are marked on the card. (Severity and alert-type filters are per subscription.)
 */
export class NotificationFilter {
  constructor(
    private readonly snoozes: SnoozeStore,
    private readonly exclusions: ExclusionMatcher,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  async decide(rise: IncidentRise): Promise<FilterDecision> {
    const alertId = rise.alert.id;
    const snooze = await this.snoozes.active(alertId, new Date(this.now()));
    const excludedIncidentIds = await this.exclusions.excludedIncidentIds(rise.alert.incidents);
    if (snooze) {
      this.logger.info('alert rose while snoozed; not notified', { alertId, until: snooze.until });
      return { notify: false, reason: 'snoozed', excludedIncidentIds };
    }
    const fresh = rise.newIncidents;
    if (fresh.length > 0 && fresh.every((incident) => excludedIncidentIds.has(incident.id))) {
      this.logger.info('only excluded people are new; not notified', { alertId, incidents: fresh.length });
      return { notify: false, reason: 'onlyExcluded', excludedIncidentIds };
    }
    return { notify: true, excludedIncidentIds };
  }
}
