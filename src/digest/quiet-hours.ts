import { addDays, instantOf, localTime } from './zoned-time';
import { clockText } from './digest-schedule';

/** A daily window (may cross midnight) in which real-time notifications are held, in a zone. */
export interface QuietHours {
  /** Minutes after local midnight. */
  readonly startMinute: number;
  readonly endMinute: number;
  readonly timeZone: string;
}

/** True while `atMs` falls in the window (start inclusive, end exclusive). */
export function isQuiet(quiet: QuietHours, atMs: number): boolean {
  const local = localTime(atMs, quiet.timeZone);
  const minute = local.hour * 60 + local.minute;
  if (quiet.startMinute === quiet.endMinute) return false;
  return quiet.startMinute < quiet.endMinute
    ? minute >= quiet.startMinute && minute < quiet.endMinute
    : minute >= quiet.startMinute || minute < quiet.endMinute;
}

/** The next instant after `atMs` at which the window ends (local wall clock, DST-aware). */
export function quietEndsAfter(quiet: QuietHours, atMs: number): number {
  const today = localTime(atMs, quiet.timeZone);
  for (let days = 0; days <= 2; days += 1) {
    const date = addDays(today, days);
    const instant = instantOf({ ...date, hour: Math.floor(quiet.endMinute / 60), minute: quiet.endMinute % 60 }, quiet.timeZone);
    if (instant > atMs) return instant;
  }
  throw new RangeError('quiet hours end not found');
}

/** e.g. `22:00–07:00 (Europe/Berlin)`. */
export function describeQuietHours(quiet: QuietHours): string {
  const at = (minute: number): string => clockText(Math.floor(minute / 60), minute % 60);
  return `${at(quiet.startMinute)}–${at(quiet.endMinute)} (${quiet.timeZone})`;
}
