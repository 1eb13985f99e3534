/**
 * ISO 8601 durations as Graph's `Edm.Duration` carries them (`P30D`, `PT10S`, `P1DT2H`). Years and months
 * have no fixed length, so they are refused; weeks, days, hours, minutes and seconds are accepted.
 */
const ISO_DURATION = /^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,9})(?:\.\d+)?S)?)?$/;

const UNITS: readonly [number, string][] = [
  [86400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** Whole seconds of an ISO 8601 duration, or null when the text is not one we accept. */
export function parseIsoDuration(text: string): number | null {
  const match = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!match || text.trim().length < 3 || /T$/i.test(text.trim())) return null;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return ((weeks ?? 0) * 7 + (days ?? 0)) * 86400 + (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** The canonical ISO 8601 form of a number of seconds: `P1DT2H`, `PT10S`, `P30D`, `PT0S`. */
export function formatIsoDuration(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** Human text for a number of seconds: `1 day 2 hours`, `10 seconds`, `0 seconds`. */
export function describeSeconds(totalSeconds: number): string {
  const parts: string[] = [];
  let rest = totalSeconds;
  for (const [size, unit] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}
