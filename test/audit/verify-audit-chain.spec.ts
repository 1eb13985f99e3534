import { strict as assert } from 'node:assert';
import { AuditChain } from '../../src/audit/audit-chain';
import { AUDIT_HEAD_KEY, auditEntryKey } from '../../src/audit/audit-chain-keys';
import { linkRecord, type ChainRecord } from '../../src/audit/audit-chain-record';
import { verifyAuditChain } from '../../src/audit/verify-audit-chain';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

async function chainOf(count: number): Promise<{ storage: MemoryStorage; chain: AuditChain }> {
  const storage = new MemoryStorage();
  const chain = new AuditChain(storage);
  for (let index = 1; index <= count; index += 1) await chain.append(auditEntry(index % 60, { target: `t${index}` }));
  return { storage, chain };
}

describe('verifyAuditChain', () => {
  it('accepts an untouched chain across several blocks of 1,000', async () => {
    const { storage, chain } = await chainOf(2100);
    assert.deepEqual(await verifyAuditChain(storage, chain), { checked: 2100, anchorSeq: 0, headSeq: 2100 });
  });

  it('reports an altered entry as the first broken link', async () => {
    const { storage, chain } = await chainOf(5);
    const item = await storage.read<ChainRecord>(auditEntryKey(3));
    await storage.write(auditEntryKey(3), { ...item!.value, entry: { ...item!.value.entry, actor: { id: '29:x', name: 'Someone Else' } } });
    assert.deepEqual((await verifyAuditChain(storage, chain)).broken, { seq: 3, reason: 'content does not match its hash (altered)' });
  });

  it('reports a middle entry rewritten with a correct hash of its own: the next entry no longer links to it', async () => {
    const { storage, chain } = await chainOf(5);
    const item = await storage.read<ChainRecord>(auditEntryKey(2));
    const rewritten = linkRecord({ ...item!.value.entry, result: 'failed' }, 2, item!.value.prevHash);
    await storage.write(auditEntryKey(2), rewritten);
    assert.deepEqual((await verifyAuditChain(storage, chain)).broken, { seq: 3, reason: 'does not link to the entry before it' });
  });

  it('reports a middle entry forged with a correct hash that links to a made-up predecessor', async () => {
    const { storage, chain } = await chainOf(5);
    const item = await storage.read<ChainRecord>(auditEntryKey(3));
    await storage.write(auditEntryKey(3), linkRecord(item!.value.entry, 3, 'e'.repeat(64)));
    assert.deepEqual((await verifyAuditChain(storage, chain)).broken, { seq: 3, reason: 'does not link to the entry before it' });
  });

  it('reports the newest entry rewritten with correct hashes: the head no longer matches it', async () => {
    const { storage, chain } = await chainOf(5);
    const item = await storage.read<ChainRecord>(auditEntryKey(5));
    await storage.write(auditEntryKey(5), linkRecord({ ...item!.value.entry, result: 'failed' }, 5, item!.value.prevHash));
    assert.deepEqual((await verifyAuditChain(storage, chain)).broken, { seq: 5, reason: 'head does not match the newest entry' });
  });

  it('reports a deleted entry, in the middle or at the end', async () => {
    const middle = await chainOf(5);
    await middle.storage.delete(auditEntryKey(4));
    assert.deepEqual((await verifyAuditChain(middle.storage, middle.chain)).broken, { seq: 4, reason: 'entry missing (deleted)' });
    const end = await chainOf(5);
    await end.storage.delete(auditEntryKey(5));
    await end.storage.write(AUDIT_HEAD_KEY, { seq: 5, hash: 'f'.repeat(64) });
    assert.deepEqual((await verifyAuditChain(end.storage, end.chain)).broken, { seq: 5, reason: 'entry missing (deleted)' });
  });
});
