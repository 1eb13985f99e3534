import { AuditChain } from './audit-chain';
import { checkRecord } from './audit-chain-record';
import { exportAuditLines } from './export-audit-lines';
import { pruneAuditChain } from './prune-audit-chain';
import { verifyAuditChain, type ChainVerdict } from './verify-audit-chain';
import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import type { AuditEntry, AuditLog } from './audit-log';
import { normalizeAuditEntry } from './audit-entry-shape';

export const MAX_AUDIT_LIMIT = 100;

export interface StorageAuditLogOptions {
  readonly logger: Logger;
}

/** Bounds a requested number of entries to 1..100 (anything unusable → 10). */
export function boundAuditLimit(limit: number): number {
  if (!Number.isFinite(limit)) return 10;
  return Math.min(MAX_AUDIT_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * The audit trail on the Storage port as a hash chain (src/audit/audit-chain.ts): `record` appends a
 * normalized entry; `recent` reads the newest entries by sequence number from the head, newest first.
 */
export class StorageAuditLog implements AuditLog {
  readonly chain: AuditChain;
  private readonly logger: Logger;

  constructor(private readonly storage: Storage, options: StorageAuditLogOptions) {
    this.chain = new AuditChain(storage);
    this.logger = options.logger.child('audit');
  }

  async record(entry: AuditEntry): Promise<void> {
    const stored = normalizeAuditEntry(entry);
    const { seq } = await this.chain.append(stored);
    this.logger.info('audit', { seq, action: stored.action, target: stored.target, result: stored.result, actorId: stored.actor.id });
  }

  /** Checks the kept chain from its anchor to its head; reports the first broken link. */
  verify(): Promise<ChainVerdict> {
    return verifyAuditChain(this.storage, this.chain);
  }

  /** Removes entries recorded before `cutoff` (retention), keeping the chain verifiable. */
  prune(cutoff: Date): Promise<number> {
    return pruneAuditChain(this.storage, this.chain, cutoff, this.logger);
  }

  /** Writes kept entries after `afterSeq` as JSON lines, oldest first; resolves to the last sequence number. */
  exportLines(write: (line: string) => Promise<void> | void, afterSeq = 0): Promise<number> {
    return exportAuditLines(this.storage, this.chain, write, afterSeq);
  }

  async recent(limit: number): Promise<readonly AuditEntry[]> {
    const [head, anchor] = await Promise.all([this.chain.head(), this.chain.anchor()]);
    const oldest = Math.max(anchor.seq + 1, head.seq - boundAuditLimit(limit) + 1);
    const seqs: number[] = [];
    for (let seq = head.seq; seq >= oldest; seq -= 1) seqs.push(seq);
    const values = await Promise.all(seqs.map((seq) => this.chain.valueAt(seq)));
    const entries: AuditEntry[] = [];
    values.forEach((value, index) => {
      if (value === undefined) return;
      const check = checkRecord(value, seqs[index] ?? 0);
      if (check.ok) entries.push(check.record.entry);
      else this.logger.warn('audit entry does not verify; run "audit verify"', { seq: seqs[index], reason: check.reason });
    });
    return entries;
  }
}
