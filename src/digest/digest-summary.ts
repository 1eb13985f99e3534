import type { AlertSeverity } from '../pim/model';
import type { HistoryHour } from './incident-history';
import { WEEKDAY_NAMES, type DigestSchedule } from './digest-schedule';
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

/** Hours per chart point of a daily digest: 8 or 9 points, whose labels fit under a chart in a Teams card. */
const DAILY_BUCKET_HOURS = 3;

/**
 * Folds the period's hourly history into per-alert trends, bucketed by three local hours (daily) or by
 * local day (weekly). Labels are unique: a chart axis is categorical, so a repeated label (a daily
 * period starts and ends at the same time of day) would draw the newest value at the oldest place.
 */
export function summarizeHistory(hours: readonly HistoryHour[], schedule: Pick<DigestSchedule, 'cadence' | 'timeZone'>): DigestSummary {
  const labels: string[] = [];
  const firstInBucket: Record<string, number>[] = [];
  let current = '';
  const periodStart = hours.length > 0 ? Date.parse(hours[0]!.hour) : 0;
  for (const hour of hours) {
    const bucket = bucketLabel(bucketStart(Date.parse(hour.hour), periodStart, schedule), schedule);
    if (bucket !== current) {
      current = bucket;
      // Only a daily period's last bucket repeats a label (it starts 24 h after the first): it is "now".
      labels.push(labels.includes(bucket) ? 'now' : bucket);
      firstInBucket.push({});
    }
    const counts = firstInBucket[firstInBucket.length - 1]!;
    // A point shows the count at its label's hour: the bucket's first hour that saw the alert.
    for (const [id, point] of Object.entries(hour.alerts)) counts[id] ??= point.count;
  }
  const ids = [...new Set(hours.flatMap((hour) => Object.keys(hour.alerts)))];
  const trends = ids.map((id) => trendOf(id, hours, firstInBucket));
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
  if (schedule.cadence === 'daily') return String(local.hour).padStart(2, '0'); // "06": fits under a chart's axis uncut
  return `${WEEKDAY_NAMES[local.weekday]?.slice(0, 3) ?? ''} ${local.day}`;
}

/** Daily: the start of the three-hour bucket `epochMs` falls in, counted from the period's first hour. */
function bucketStart(epochMs: number, periodStart: number, schedule: Pick<DigestSchedule, 'cadence'>): number {
  if (schedule.cadence !== 'daily') return epochMs;
  const size = DAILY_BUCKET_HOURS * 3_600_000;
  return periodStart + Math.floor((epochMs - periodStart) / size) * size;
}
