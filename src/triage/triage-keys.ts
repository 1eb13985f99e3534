/** Storage keys of the triage side (snoozes, exclusions, owners); ids are URI-encoded so prefixes stay exact. */
export const TRIAGE_KEYS = {
  snoozes: 'triage/snoozes/',
  exclusions: 'triage/exclusions/',
  owners: 'triage/owners/',
} as const;

export function triageKey(prefix: string, ...ids: readonly string[]): string {
  return `${prefix}${ids.map((id) => encodeURIComponent(id)).join('/')}`;
}
