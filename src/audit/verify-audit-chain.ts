import type { AuditVerdict } from './audit-log';
import type { Storage } from '../storage/storage';
import type { AuditChain } from './audit-chain';
import { checkRecord } from './audit-chain-record';
import { readSlots } from './audit-blocks';

/** Entries checked (anchor to head), and the first broken link when there is one. */
export type ChainVerdict = AuditVerdict;

/**
 * Walks the kept chain from the anchor to the head: every sequence number present, every entry matching
 * its hash, every entry linking to the one before. Reports the first broken link.
 */
export async function verifyAuditChain(storage: Storage, chain: AuditChain): Promise<ChainVerdict> {
  const anchor = await chain.anchor();
  const head = await chain.head();
  let expected = anchor;
  let checked = 0;
  const verdict = (broken?: ChainVerdict['broken']): ChainVerdict => ({ checked, anchorSeq: anchor.seq, headSeq: head.seq, ...(broken ? { broken } : {}) });
  for await (const slot of readSlots(storage, anchor.seq + 1, head.seq)) {
    if (slot.seq !== expected.seq + 1) return verdict({ seq: expected.seq + 1, reason: 'entry missing (deleted)' });
    const check = checkRecord(slot.value, slot.seq);
    if (!check.ok) return verdict({ seq: slot.seq, reason: check.reason });
    if (check.record.prevHash !== expected.hash) return verdict({ seq: slot.seq, reason: 'does not link to the entry before it' });
    expected = { seq: slot.seq, hash: check.record.hash };
    checked += 1;
  }
  if (expected.seq !== head.seq) return verdict({ seq: expected.seq + 1, reason: 'entry missing (deleted)' });
  if (expected.hash !== head.hash) return verdict({ seq: head.seq, reason: 'head does not match the newest entry' });
  return verdict();
}
