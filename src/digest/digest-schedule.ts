import { addDays, instantOf, localTime } from './zoned-time';

/** When a conversation gets its digest: every day, or one weekday, at a wall-clock time in a zone. */
export interface DigestSchedule {
  readonly cadence: 'daily' | 'weekly';
  /** 0 = Sunday … 6 = Saturday; only for weekly. */
  readonly weekday?: number;
  readonly hour: number;
  readonly minute: number;
  /** Canonical IANA name. */
  readonly timeZone: string;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The first scheduled instant strictly after `afterMs` (DST-aware: always the local wall-clock time). */
export function nextRun(schedule: DigestSchedule, afterMs: number): number {
  const today = localTime(afterMs, schedule.timeZone);
  for (let days = 0; days <= 8; days += 1) {
    const date = addDays(today, days);
    if (schedule.cadence === 'weekly' && date.weekday !== schedule.weekday) continue;
    const instant = instantOf({ ...date, hour: schedule.hour, minute: schedule.minute }, schedule.timeZone);
    if (instant > afterMs) return instant;
  }
  throw new RangeError('no run within 8 days');
}

/** Where the period a digest at `runAt` covers starts: the same wall-clock time 1 or 7 local days earlier. */
export function periodStart(schedule: DigestSchedule, runAt: number): number {
  const run = localTime(runAt, schedule.timeZone);
  const start = addDays(run, schedule.cadence === 'weekly' ? -7 : -1);
  return instantOf({ ...start, hour: schedule.hour, minute: schedule.minute }, schedule.timeZone);
}

/** e.g. `daily at 08:00 (Europe/Berlin)` or `weekly on Monday at 09:00 (America/New_York)`. */
export function describeSchedule(schedule: DigestSchedule): string {
  const at = `at ${clockText(schedule.hour, schedule.minute)} (${schedule.timeZone})`;
  return schedule.cadence === 'weekly' ? `weekly on ${WEEKDAY_NAMES[schedule.weekday ?? 1]} ${at}` : `daily ${at}`;
}

/** An instant as the zone's wall clock, e.g. `Mon 2026-12-07 09:00 (America/New_York)`. */
export function describeInstant(epochMs: number, timeZone: string): string {
  const local = localTime(epochMs, timeZone);
  const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  return `${WEEKDAY_NAMES[local.weekday]?.slice(0, 3) ?? ''} ${date} ${clockText(local.hour, local.minute)} (${timeZone})`;
}

export function clockText(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
