import { escapeCardText } from '../cards/escape-card-text';
import { AppError } from '../errors/app-error';

/** A wall-clock date and time in some time zone (month 1–12, weekday 0 = Sunday). */
export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The IANA name as Intl knows it (`europe/berlin` → `Europe/Berlin`); a clear `invalidInput` error for
 * a zone Intl does not know.
 */
export function canonicalTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch (error: unknown) {
    throw new AppError('invalidInput', {
      cause: error,
      userMessage: `"${escapeCardText(name, 60)}" is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
    });
  }
}

/** The wall-clock time in `timeZone` at the instant `epochMs`. */
export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/**
 * The instant a wall-clock time happens in `timeZone`, DST-aware like Temporal's "compatible" rule: a time
 * that happens twice (clocks go back) is its earlier instant; a time skipped (clocks go forward) moves
 * forward by the gap (02:30 on a spring-forward night in Berlin is 03:30).
 */
export function instantOf(local: Omit<LocalTime, 'weekday'>, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = offsetMs(asUtc - 86_400_000, timeZone);
  const after = offsetMs(asUtc + 86_400_000, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => asUtc - instant === offsetMs(instant, timeZone));
  return valid.length > 0 ? Math.min(...valid) : asUtc - before;
}

/** The calendar date `days` after the local date (wall-clock time kept). */
export function addDays(local: LocalTime, days: number): LocalTime {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { ...local, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** Zone offset (local minus UTC) at an instant, in ms. */
function offsetMs(epochMs: number, timeZone: string): number {
  const local = localTime(epochMs, timeZone);
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return wall - Math.floor(epochMs / 60_000) * 60_000;
}

/** Cached per zone; only called with canonical names (validated and stored), so the cache stays small. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, found);
  }
  return found;
}
