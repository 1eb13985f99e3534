import { alertNameInScope } from '../cards/alert-headline';
import { isAzureScope } from '../cards/alert-scope';
import type { Logger } from '../logging/logger';
import type { Alert, AlertSeverity } from '../pim/model';
import type { Storage } from '../storage/storage';
import { DIGEST_KEYS } from './digest-keys';

/** One alert in one hour: the count as last seen, as the hour began, and the rises seen during it. */
export interface HistoryPoint {
  readonly count: number;
  /** The count before this hour's first poll (the previous hour's last), or its first count if unknown. */
  readonly opening: number;
  /** Sum of the rises seen by this hour's polls (a fall does not cancel a rise). */
  readonly added: number;
  readonly name: string;
  readonly severity: AlertSeverity;
}

/** Every alert's point for one UTC hour (the last poll of the hour wins). */
export interface HistoryHour {
  readonly hour: string;
  readonly alerts: Readonly<Record<string, HistoryPoint>>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Incident counts over time on the Storage port, bounded: one record per UTC hour holding one point per
 * alert, kept `retentionDays`. Keys are `incident-history/<day>/<hour>` so a day is one prefix listing.
 */
export class IncidentHistory {
  constructor(private readonly storage: Storage, private readonly retentionDays: number, private readonly logger: Logger) {}

  /** Records this poll's counts in the current hour; a new hour also prunes hours past the retention. */
  async record(alerts: readonly Alert[], atMs: number): Promise<void> {
    const key = hourKey(atMs);
    const stored = await this.storage.read<HistoryHour>(key);
    const before = stored?.value.alerts ?? (await this.storage.read<HistoryHour>(hourKey(atMs - HOUR_MS)))?.value.alerts ?? {};
    const points: Record<string, HistoryPoint> = {};
    for (const alert of alerts) points[alert.id] = nextPoint(alert, before[alert.id], stored !== undefined);
    if (stored && sameCounts(stored.value.alerts, points)) return;
    await this.storage.write<HistoryHour>(key, { hour: new Date(Math.floor(atMs / HOUR_MS) * HOUR_MS).toISOString(), alerts: points });
    if (!stored) await this.prune(atMs);
  }

  /** The hours from `fromMs` to `toMs` (inclusive), oldest first; one prefix listing per UTC day. */
  async range(fromMs: number, toMs: number): Promise<readonly HistoryHour[]> {
    const hours: HistoryHour[] = [];
    for (let day = Math.floor(fromMs / DAY_MS) * DAY_MS; day <= toMs; day += DAY_MS) {
      for (const item of await this.storage.list<HistoryHour>(dayPrefix(day))) hours.push(item.value);
    }
    const from = hourKey(fromMs);
    const to = hourKey(toMs);
    return hours
      .filter((hour) => { const key = hourKey(Date.parse(hour.hour)); return key >= from && key <= to; })
      .sort((a, b) => a.hour.localeCompare(b.hour));
  }

  private async prune(atMs: number): Promise<void> {
    const cutoff = hourKey(atMs - this.retentionDays * DAY_MS);
    const old = (await this.storage.list(DIGEST_KEYS.history)).filter((item) => item.key < cutoff);
    for (const item of old) await this.storage.delete(item.key);
    if (old.length > 0) this.logger.info('pruned incident history', { hours: old.length, retentionDays: this.retentionDays });
  }
}

/** The alert's point after this poll; `last` is this hour's point (`sameHour`) or the previous hour's. */
function nextPoint(alert: Alert, last: HistoryPoint | undefined, sameHour: boolean): HistoryPoint {
  const count = alert.incidentCount;
  const rise = last ? Math.max(0, count - last.count) : 0;
  return {
    count,
    opening: sameHour && last ? last.opening : last?.count ?? count,
    added: (sameHour && last ? last.added : 0) + rise,
    // An Azure alert type is raised per subscription: its trend line names the subscription too.
    name: isAzureScope(alert) ? alertNameInScope(alert) : alert.definition?.displayName ?? alert.alertKey ?? alert.id,
    severity: alert.definition?.severityLevel ?? 'unknown',
  };
}

function sameCounts(before: HistoryHour['alerts'], after: HistoryHour['alerts']): boolean {
  const ids = Object.keys(after);
  return ids.length === Object.keys(before).length && ids.every((id) => before[id]?.count === after[id]?.count);
}

function dayPrefix(epochMs: number): string {
  return `${DIGEST_KEYS.history}${new Date(epochMs).toISOString().slice(0, 10)}/`;
}

export function hourKey(epochMs: number): string {
  return `${dayPrefix(epochMs)}${new Date(epochMs).toISOString().slice(11, 13)}`;
}
