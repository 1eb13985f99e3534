import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-log';
import { parseAuditEntry } from './audit-entry-shape';

/** One stored link of the chain: the entry, its position, the hash it links to and its own hash. */
export interface ChainRecord {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  readonly entry: AuditEntry;
}

/** sha256 over the previous hash, the sequence number and the entry's JSON exactly as stored. */
export function chainHash(prevHash: string, seq: number, entry: unknown): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${JSON.stringify(entry)}`).digest('hex');
}

export function linkRecord(entry: AuditEntry, seq: number, prevHash: string): ChainRecord {
  return { seq, prevHash, hash: chainHash(prevHash, seq, entry), entry };
}

export type RecordCheck = { readonly ok: true; readonly record: ChainRecord } | { readonly ok: false; readonly reason: string };

/** A stored value checked as a link: shape, sequence number and its own hash (not yet the link to the previous one). */
export function checkRecord(value: unknown, seq: number): RecordCheck {
  const record = value as Partial<Record<keyof ChainRecord, unknown>> | null | undefined;
  if (!record || typeof record !== 'object') return { ok: false, reason: 'not an audit record' };
  if (record.seq !== seq) return { ok: false, reason: `sequence number ${String(record.seq)} stored at ${seq}` };
  if (typeof record.prevHash !== 'string' || typeof record.hash !== 'string') return { ok: false, reason: 'hashes missing' };
  if (chainHash(record.prevHash, seq, record.entry) !== record.hash) return { ok: false, reason: 'content does not match its hash (altered)' };
  const entry = parseAuditEntry(record.entry);
  if (!entry) return { ok: false, reason: 'entry has an unknown shape' };
  return { ok: true, record: { seq, prevHash: record.prevHash, hash: record.hash, entry } };
}
