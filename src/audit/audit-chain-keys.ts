/**
 * Where the hash-chained audit trail lives on the Storage port. Entries are keyed by their sequence
 * number (`audit/e/000000000042`), so the newest N are N point reads from the head and never a scan, on
 * SQLite and on a table store alike; a prefix of the first 9 digits lists one block of 1,000 in order.
 */
export const AUDIT_ENTRY_PREFIX = 'audit/e/';
/** The newest sequence number and hash (advanced with eTag compare-and-swap). */
export const AUDIT_HEAD_KEY = 'audit/head';
/** The sequence number and hash the oldest kept entry links to (moved forward by retention). */
export const AUDIT_ANCHOR_KEY = 'audit/anchor';
/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

const SEQ_DIGITS = 12;
export const BLOCK_SIZE = 1000;

export function auditEntryKey(seq: number): string {
  return `${AUDIT_ENTRY_PREFIX}${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** The prefix listing the block of 1,000 entries that holds `seq`. */
export function auditBlockPrefix(seq: number): string {
  return auditEntryKey(seq).slice(0, -3);
}

/** A head or anchor position: a sequence number and the hash of the entry at it. */
export interface ChainPosition {
  readonly seq: number;
  readonly hash: string;
}

export const START_POSITION: ChainPosition = Object.freeze({ seq: 0, hash: GENESIS_HASH });

export function parsePosition(value: unknown): ChainPosition | undefined {
  const record = value as { seq?: unknown; hash?: unknown } | null | undefined;
  if (!record || typeof record !== 'object') return undefined;
  if (!Number.isSafeInteger(record.seq) || typeof record.hash !== 'string') return undefined;
  return { seq: record.seq as number, hash: record.hash };
}
