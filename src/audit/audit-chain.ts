import type { AuditEntry } from './audit-log';
import { AppError } from '../errors/app-error';
import type { Storage } from '../storage/storage';
import { isStorageConflict } from '../storage/storage-conflict';
import {
  AUDIT_ANCHOR_KEY, AUDIT_HEAD_KEY, auditEntryKey, parsePosition, START_POSITION, type ChainPosition,
} from './audit-chain-keys';
import { linkRecord, type ChainRecord } from './audit-chain-record';

const MAX_APPEND_ATTEMPTS = 50;


/**
 * The append-only, hash-chained audit trail on the Storage port. An entry is written create-only at
 * the next sequence number, so two instances racing for the same number cannot fork the chain: the
 * loser re-links after the winner. The head is only a hint (advanced by eTag compare-and-swap); a stale
 * head is corrected by probing forward.
 */
export class AuditChain {
  constructor(private readonly storage: Storage) {}

  async append(entry: AuditEntry): Promise<ChainRecord> {
    let last = await this.head();
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt += 1) {
      const record = linkRecord(entry, last.seq + 1, last.hash);
      try {
        await this.storage.write(auditEntryKey(record.seq), record, null);
        await this.advanceHead(record);
        return record;
      } catch (error) {
        if (!isStorageConflict(error)) throw error;
        last = await this.positionAt(record.seq);
      }
    }
    throw new AppError('storageConflict', { details: { reason: 'audit append kept conflicting' } });
  }

  /** The newest position, probing past a head that lags behind (an instance stopped before advancing it). */
  async head(): Promise<ChainPosition> {
    const stored = await this.storage.read<unknown>(AUDIT_HEAD_KEY);
    let position = parsePosition(stored?.value) ?? (await this.anchor());
    for (;;) {
      const next = await this.storage.read<Partial<ChainRecord>>(auditEntryKey(position.seq + 1));
      if (!next) return position;
      position = { seq: position.seq + 1, hash: String(next.value.hash) };
    }
  }

  /** Where the kept chain starts: entries up to anchor.seq were pruned; the next links to anchor.hash. */
  async anchor(): Promise<ChainPosition> {
    const stored = await this.storage.read<unknown>(AUDIT_ANCHOR_KEY);
    return parsePosition(stored?.value) ?? START_POSITION;
  }

  /** The stored value at `seq` (unchecked), or undefined when absent. */
  async valueAt(seq: number): Promise<unknown> {
    return (await this.storage.read<unknown>(auditEntryKey(seq)))?.value;
  }

  private async positionAt(seq: number): Promise<ChainPosition> {
    const stored = await this.storage.read<Partial<ChainRecord>>(auditEntryKey(seq));
    if (!stored) return this.head();
    return { seq, hash: String(stored.value.hash) };
  }

  private async advanceHead(position: ChainPosition): Promise<void> {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt += 1) {
      const stored = await this.storage.read<unknown>(AUDIT_HEAD_KEY);
      const current = parsePosition(stored?.value);
      if (current && current.seq >= position.seq) return;
      try {
        await this.storage.write(AUDIT_HEAD_KEY, { seq: position.seq, hash: position.hash }, stored ? stored.etag : null);
        return;
      } catch (error) {
        if (!isStorageConflict(error)) throw error;
      }
    }
  }
}
