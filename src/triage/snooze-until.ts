import { AppError } from '../errors/app-error';

/** The longest snooze: long enough for a holiday, short enough that nobody forgets an alert for good. */
export const MAX_SNOOZE_DAYS = 90;

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const DURATION = /^(\d{1,4})(m|h|d|w)$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_TIME = /^\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/i;

export const SNOOZE_FORMS = '`30m`, `4h`, `2d`, `1w`, `until 2026-12-05` (00:00 UTC) or `until 2026-12-05T14:00` (UTC unless an offset such as `+01:00` is given)';

export interface ParsedSnooze {
  readonly until: Date;
  /** The words after the time: the reason. */
  readonly rest: readonly string[];
}

const invalid = (message: string): AppError => new AppError('invalidInput', { userMessage: `${message} Use ${SNOOZE_FORMS}, up to ${MAX_SNOOZE_DAYS} days.` });

/** Reads `4h reason...` or `until <date>[ <time>] reason...` from the words after the alert. */
export function parseSnoozeUntil(words: readonly string[], now: Date): ParsedSnooze {
  const [first = '', second = '', ...others] = words;
  if (first.toLowerCase() === 'until') {
    const [time = '', ...reason] = others;
    if (DATE_ONLY.test(second) && CLOCK_TIME.test(time)) return checked(parseDate(`${second}T${time}`), now, reason);
    return checked(parseDate(second), now, others);
  }
  const match = DURATION.exec(first);
  if (!match) throw invalid(`"${first.slice(0, 30)}" is not a snooze time.`);
  const ms = Number(match[1]) * (UNIT_MS[match[2]!.toLowerCase()] ?? 0);
  return checked(new Date(now.getTime() + ms), now, [second, ...others].filter((word) => word !== ''));
}

function parseDate(text: string): Date {
  if (!DATE_ONLY.test(text) && !DATE_TIME.test(text)) throw invalid(`"${text.slice(0, 30)}" is not a date.`);
  const iso = DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text.replace(' ', 'T');
  const date = new Date(/(Z|[+-]\d{2}:\d{2})$/i.test(iso) ? iso : `${iso}Z`);
  // JavaScript rolls 2026-02-30 over to March: the calendar date must survive the round trip.
  const calendarDay = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || calendarDay.toISOString().slice(0, 10) !== text.slice(0, 10)) {
    throw invalid(`"${text.slice(0, 30)}" is not a date.`);
  }
  return date;
}

function checked(until: Date, now: Date, rest: readonly string[]): ParsedSnooze {
  if (Number.isNaN(until.getTime())) throw invalid('That is not a valid time.');
  if (until.getTime() <= now.getTime()) throw invalid('The snooze must end in the future.');
  if (until.getTime() - now.getTime() > MAX_SNOOZE_DAYS * 86_400_000) throw invalid('That snooze is too long.');
  return { until, rest };
}

/** `2026-12-05 14:00 UTC`: how snooze ends are shown (always UTC, so everyone in a channel reads the same time). */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
