import { strict as assert } from 'node:assert';
import { AuditChain } from '../../src/audit/audit-chain';
import { AUDIT_HEAD_KEY, GENESIS_HASH } from '../../src/audit/audit-chain-keys';
import { chainHash } from '../../src/audit/audit-chain-record';
import { verifyAuditChain } from '../../src/audit/verify-audit-chain';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

describe('AuditChain', () => {
  it('links each entry to the one before by hash, starting from the genesis hash', async () => {
    const storage = new MemoryStorage();
    const chain = new AuditChain(storage);
    const first = await chain.append(auditEntry(1));
    const second = await chain.append(auditEntry(2));
    assert.equal(first.prevHash, GENESIS_HASH);
    assert.equal(second.prevHash, first.hash);
    assert.equal(second.hash, chainHash(first.hash, 2, auditEntry(2)));
    assert.deepEqual(await chain.head(), { seq: 2, hash: second.hash });
  });

  it('two instances appending at once never fork the chain (create-only entries, compare-and-swap head)', async () => {
    const storage = new MemoryStorage();
    const instances = [new AuditChain(storage), new AuditChain(storage), new AuditChain(storage)];
    await Promise.all(Array.from({ length: 30 }, (_, index) => instances[index % 3]!.append(auditEntry(index % 60))));
    const verdict = await verifyAuditChain(storage, instances[0]!);
    assert.deepEqual(verdict, { checked: 30, anchorSeq: 0, headSeq: 30 });
  });

  it('finds entries past a head that lags (an instance stopped before advancing it)', async () => {
    const storage = new MemoryStorage();
    const chain = new AuditChain(storage);
    await chain.append(auditEntry(1));
    const stale = await storage.read(AUDIT_HEAD_KEY);
    await chain.append(auditEntry(2));
    await storage.write(AUDIT_HEAD_KEY, stale!.value);
    const third = await chain.append(auditEntry(3));
    assert.equal(third.seq, 3);
    assert.equal((await verifyAuditChain(storage, chain)).broken, undefined);
  });
});
