import type { AlertSeverity } from '../pim/model';
import type { HistoryHour } from './incident-history';
import { clockText, WEEKDAY_NAMES, type DigestSchedule } from './digest-schedule';
import { localTime } from './zoned-time';

/** One alert over the digest period. */
export interface AlertTrend {
  readonly alertId: string;
  readonly name: string;
  readonly severity: AlertSeverity;
  readonly atStart: number;
  readonly now: number;
  /** Sum of the rises the polls saw in the period (a drop does not cancel a rise). */
  readonly newIncidents: number;
  /** One value per chart label, carried forward over hours without a point. */
  readonly series: readonly number[];
}

export interface DigestSummary {
  readonly labels: readonly string[];
  readonly trends: readonly AlertTrend[];
}

/** Folds the period's hourly history into per-alert trends, bucketed by local hour (daily) or local day (weekly). */
export function summarizeHistory(hours: readonly HistoryHour[], schedule: Pick<DigestSchedule, 'cadence' | 'timeZone'>): DigestSummary {
  const labels: string[] = [];
  const lastInBucket: Record<string, number>[] = [];
  for (const hour of hours) {
    const label = bucketLabel(Date.parse(hour.hour), schedule);
    if (labels[labels.length - 1] !== label) {
      labels.push(label);
      lastInBucket.push({});
    }
    const bucket = lastInBucket[lastInBucket.length - 1]!;
    for (const [id, point] of Object.entries(hour.alerts)) bucket[id] = point.count;
  }
  const ids = [...new Set(hours.flatMap((hour) => Object.keys(hour.alerts)))];
  const trends = ids.map((id) => trendOf(id, hours, lastInBucket));
  return { labels, trends };
}

function trendOf(alertId: string, hours: readonly HistoryHour[], buckets: readonly Record<string, number>[]): AlertTrend {
  const points = hours.flatMap((hour) => (hour.alerts[alertId] ? [hour.alerts[alertId]] : []));
  const latest = points[points.length - 1]!;
  // Rises seen within hours, plus rises across hours without polls (the bot was down).
  const across = points.slice(1).reduce((sum, point, i) => sum + Math.max(0, point.opening - points[i]!.count), 0);
  const newIncidents = points.reduce((sum, point) => sum + point.added, 0) + across;
  let carried = points[0]!.opening;
  const series = buckets.map((bucket) => (carried = bucket[alertId] ?? carried));
  return { alertId, name: latest.name, severity: latest.severity, atStart: points[0]!.opening, now: latest.count, newIncidents, series };
}

function bucketLabel(epochMs: number, schedule: Pick<DigestSchedule, 'cadence' | 'timeZone'>): string {
  const local = localTime(epochMs, schedule.timeZone);
  if (schedule.cadence === 'daily') return clockText(local.hour, 0);
  return `${WEEKDAY_NAMES[local.weekday]?.slice(0, 3) ?? ''} ${local.day}`;
}
