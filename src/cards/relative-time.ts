const UNITS: readonly [string, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "just now", "never" (null), "unknown" (unparseable): for "last scanned" and friends. */
export function formatRelativeTime(iso: string | null | undefined, now: Date): string {
  if (iso === null || iso === undefined || iso === '') return 'never';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return 'unknown';
  const seconds = Math.round((now.getTime() - time) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  const future = seconds < 0;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? UNITS[UNITS.length - 1]!;
  const count = Math.floor(Math.abs(seconds) / size);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return future ? `in ${phrase}` : `${phrase} ago`;
}

/** A UTC timestamp a person can read: `2026-11-23 16:40 UTC`. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
