import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import type { AuditChain } from './audit-chain';
import { AUDIT_ANCHOR_KEY, auditEntryKey, parsePosition, type ChainPosition } from './audit-chain-keys';
import { checkRecord } from './audit-chain-record';
import { readSlots } from './audit-blocks';

/** At most this many entries are removed per pass, so one pass stays short; the next continues. */
export const MAX_PRUNED_PER_PASS = 20_000;

/**
 * Retention: removes the oldest entries recorded before `cutoff`. The anchor (the last removed entry's
 * sequence number and hash) is moved first, so the kept chain still verifies from it even if the pass
 * stops half-way. Stops at the first entry that does not verify: pruning never hides tampering.
 */
export async function pruneAuditChain(storage: Storage, chain: AuditChain, cutoff: Date, logger: Logger): Promise<number> {
  const anchor = await chain.anchor();
  const head = await chain.head();
  let last: ChainPosition = anchor;
  const removable: number[] = [];
  for await (const slot of readSlots(storage, anchor.seq + 1, Math.min(head.seq, anchor.seq + MAX_PRUNED_PER_PASS))) {
    const check = checkRecord(slot.value, slot.seq);
    if (!check.ok || slot.seq !== last.seq + 1 || check.record.prevHash !== last.hash) {
      logger.warn('audit retention stopped at an entry that does not verify', { seq: slot.seq });
      break;
    }
    if (Date.parse(check.record.entry.time) >= cutoff.getTime()) break;
    last = { seq: slot.seq, hash: check.record.hash };
    removable.push(slot.seq);
  }
  if (removable.length === 0) return 0;
  await moveAnchor(storage, last);
  for (const seq of removable) await storage.delete(auditEntryKey(seq));
  logger.info('audit retention removed old entries', { removed: removable.length, anchorSeq: last.seq });
  return removable.length;
}

async function moveAnchor(storage: Storage, position: ChainPosition): Promise<void> {
  const stored = await storage.read<unknown>(AUDIT_ANCHOR_KEY);
  const current = parsePosition(stored?.value);
  if (current && current.seq >= position.seq) {
    throw new AppError('storageConflict', { details: { reason: 'another instance moved the audit anchor' } });
  }
  await storage.write(AUDIT_ANCHOR_KEY, { seq: position.seq, hash: position.hash }, stored ? stored.etag : null);
}
