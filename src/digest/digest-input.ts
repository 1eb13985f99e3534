import { escapeCardText } from '../cards/escape-card-text';
import { AppError } from '../errors/app-error';
import type { DigestSchedule } from './digest-schedule';
import type { QuietHours } from './quiet-hours';
import { canonicalTimeZone } from './zoned-time';

export const DIGEST_USAGE = 'digest daily <HH:MM> [time zone] | digest weekly <day> <HH:MM> [time zone] | digest off | digest now';
export const QUIET_USAGE = 'quiet <HH:MM>-<HH:MM> [time zone] | quiet off';

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `daily 08:00 Europe/Berlin` or `weekly mon 09:00 America/New_York` (zone defaults to UTC). */
export function parseSchedule(words: readonly string[]): DigestSchedule {
  const [cadence, ...rest] = words.map((word) => word.trim());
  if (cadence?.toLowerCase() === 'daily' && rest.length >= 1 && rest.length <= 2) {
    return { cadence: 'daily', ...parseClock(rest[0]!, DIGEST_USAGE), timeZone: zoneOf(rest[1]) };
  }
  if (cadence?.toLowerCase() === 'weekly' && rest.length >= 2 && rest.length <= 3) {
    return { cadence: 'weekly', weekday: parseWeekday(rest[0]!), ...parseClock(rest[1]!, DIGEST_USAGE), timeZone: zoneOf(rest[2]) };
  }
  throw usage(DIGEST_USAGE);
}

/** `22:00-07:00 Europe/Berlin` (also `22:00 07:00`; zone defaults to UTC). */
export function parseQuietHours(words: readonly string[]): QuietHours {
  const joined = words.length >= 2 && CLOCK.test(words[1] ?? '') ? [`${words[0]}-${words[1]}`, ...words.slice(2)] : [...words];
  const [window, zone, extra] = joined;
  const [from, to, more] = (window ?? '').split(/[-–]/);
  if (!from || !to || more !== undefined || extra !== undefined) throw usage(QUIET_USAGE);
  const start = parseClock(from, QUIET_USAGE);
  const end = parseClock(to, QUIET_USAGE);
  const startMinute = start.hour * 60 + start.minute;
  const endMinute = end.hour * 60 + end.minute;
  if (startMinute === endMinute) throw new AppError('invalidInput', { userMessage: 'Quiet hours must start and end at different times.' });
  return { startMinute, endMinute, timeZone: zoneOf(zone) };
}

function parseClock(text: string, usageText: string): { hour: number; minute: number } {
  const match = CLOCK.exec(text);
  if (!match) throw new AppError('invalidInput', { userMessage: `"${escapeCardText(text, 20)}" is not a time of day (HH:MM, 24-hour). Usage: ${usageText}` });
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function parseWeekday(text: string): number {
  const day = DAYS.indexOf(text.slice(0, 3).toLowerCase());
  if (day === -1 || text.length > 9) throw new AppError('invalidInput', { userMessage: `"${escapeCardText(text, 20)}" is not a day of the week (mon, tue, … sun).` });
  return day;
}

function zoneOf(text: string | undefined): string {
  return text === undefined ? 'UTC' : canonicalTimeZone(text);
}

function usage(text: string): AppError {
  return new AppError('invalidInput', { userMessage: `Usage: ${text}` });
}
