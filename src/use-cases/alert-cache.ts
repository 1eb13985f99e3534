import type { AlertWithIncidents } from '../pim/model';
import type { PimAlerts } from '../pim/pim-alerts';
import { satisfiesVersion, type AlertVersion } from './alert-version';

const MAX_ENTRIES = 50;

/**
 * A short-lived copy of alerts with all their incidents, so paging a card through thousands of
 * incidents does not re-read every incident from Graph on each click. Writes re-check Graph first
 * and then replace or drop the entry.
 */
export class AlertCache {
  private readonly entries = new Map<string, { readonly alert: AlertWithIncidents; readonly at: number }>();

  constructor(private readonly ttlMs = 60_000, private readonly now: () => number = Date.now) {}

  /** The cached alert while fresh; with `atLeast` (what a notification announced) only if it is that new. */
  async get(pim: PimAlerts, alertId: string, atLeast?: AlertVersion): Promise<AlertWithIncidents> {
    const entry = this.entries.get(alertId);
    const fresh = entry && this.now() - entry.at < this.ttlMs && (!atLeast || satisfiesVersion(entry.alert, atLeast));
    if (entry && fresh) return entry.alert;
    return this.set(await pim.getAlert(alertId));
  }

  set(alert: AlertWithIncidents): AlertWithIncidents {
    this.entries.delete(alert.id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(alert.id, { alert, at: this.now() });
    return alert;
  }

  /** The cached alert at any age, without reading Graph: for words only (its name while scanning). */
  peek(alertId: string): AlertWithIncidents | undefined {
    return this.entries.get(alertId)?.alert;
  }

  /** Every cached alert at any age, without reading Graph: for suggestions only (a person's name when a UPN has a typo). */
  cached(): readonly AlertWithIncidents[] {
    return [...this.entries.values()].map((entry) => entry.alert);
  }

  forget(alertId: string): void {
    this.entries.delete(alertId);
  }
}
