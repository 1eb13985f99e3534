/** Storage keys of the digest side; conversation ids are URI-encoded so prefixes stay exact. */
export const DIGEST_KEYS = {
  settings: 'digest-settings/',
  /** `incident-history/<YYYY-MM-DD>/<HH>`: one record per UTC hour, so a day is one prefix listing. */
  history: 'incident-history/',
  held: (conversationId: string): string => `quiet-held/${encodeURIComponent(conversationId)}/`,
} as const;
