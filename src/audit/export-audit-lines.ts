import type { Storage } from '../storage/storage';
import type { AuditChain } from './audit-chain';
import { readSlots } from './audit-blocks';

/** One exported line: the entry with its position and hashes, so a SIEM can re-check the chain. */
export function exportLine(value: unknown): string {
  const record = value as { seq: number; prevHash: string; hash: string; entry: Record<string, unknown> };
  return JSON.stringify({ seq: record.seq, ...record.entry, prevHash: record.prevHash, hash: record.hash });
}

/**
 * Writes the kept entries after `afterSeq` (0: all) as JSON lines, oldest first; resolves to the last
 * sequence number written, which the next incremental export passes as `afterSeq`.
 */
export async function exportAuditLines(
  storage: Storage, chain: AuditChain, write: (line: string) => Promise<void> | void, afterSeq = 0,
): Promise<number> {
  const anchor = await chain.anchor();
  const head = await chain.head();
  let last = afterSeq;
  for await (const slot of readSlots(storage, Math.max(afterSeq, anchor.seq) + 1, head.seq)) {
    await write(`${exportLine(slot.value)}\n`);
    last = slot.seq;
  }
  return last;
}
