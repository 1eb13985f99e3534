import { strict as assert } from 'node:assert';
import { AuditChain } from '../../../src/audit/audit-chain';
import { auditEntryKey } from '../../../src/audit/audit-chain-keys';
import type { ChainRecord } from '../../../src/audit/audit-chain-record';
import { verifyAuditChain } from '../../../src/audit/verify-audit-chain';
import { StorageAuditLog } from '../../../src/audit/storage-audit-log';
import { silentLogger } from '../../../src/logging/json-logger';
import type { Storage } from '../../../src/storage/storage';
import { auditEntry } from '../../support/fakes/audit-entry-fixture';

const day = (n: number): string => new Date(Date.UTC(2026, 0, n, 12)).toISOString();

/** The audit trail's guarantees on a storage backend: linked, fork-free under concurrency, tamper-evident, prunable. */
export function auditChainContract(open: () => Promise<Storage>): void {
  let storage: Storage;
  beforeEach(async () => {
    storage = await open();
  });
  afterEach(async () => {
    await storage.close();
  });

  it('appends entries, each linked to the one before, and verifies them', async () => {
    const chain = new AuditChain(storage);
    const first = await chain.append(auditEntry(1));
    const second = await chain.append(auditEntry(2));
    assert.equal(second.prevHash, first.hash);
    assert.deepEqual(await verifyAuditChain(storage, chain), { checked: 2, anchorSeq: 0, headSeq: 2 });
  });

  it('two instances appending at once never fork the chain', async () => {
    const instances = [new AuditChain(storage), new AuditChain(storage)];
    await Promise.all(Array.from({ length: 12 }, (_, index) => instances[index % 2]!.append(auditEntry(index))));
    assert.deepEqual(await verifyAuditChain(storage, instances[0]!), { checked: 12, anchorSeq: 0, headSeq: 12 });
  });

  it('reports an altered entry as the first broken link', async () => {
    const chain = new AuditChain(storage);
    for (let index = 1; index <= 4; index += 1) await chain.append(auditEntry(index));
    const item = await storage.read<ChainRecord>(auditEntryKey(2));
    await storage.write(auditEntryKey(2), { ...item!.value, entry: { ...item!.value.entry, result: 'failed' } });
    assert.deepEqual((await verifyAuditChain(storage, chain)).broken, { seq: 2, reason: 'content does not match its hash (altered)' });
  });

  it('prunes old entries and still verifies from the anchor, then keeps appending', async () => {
    const log = new StorageAuditLog(storage, { logger: silentLogger });
    for (let n = 1; n <= 6; n += 1) await log.record(auditEntry(0, { time: day(n), target: `day${n}` }));
    assert.equal(await log.prune(new Date(day(4))), 3);
    assert.deepEqual(await log.verify(), { checked: 3, anchorSeq: 3, headSeq: 6 });
    await log.record(auditEntry(1, { time: day(7) }));
    assert.deepEqual(await log.verify(), { checked: 4, anchorSeq: 3, headSeq: 7 });
  });
}
