import { strict as assert } from 'node:assert';
import { auditRetentionTask } from '../../src/audit/audit-retention-task';
import { auditEntryKey } from '../../src/audit/audit-chain-keys';
import { StorageAuditLog } from '../../src/audit/storage-audit-log';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

const day = (n: number): string => new Date(Date.UTC(2026, 0, n, 12)).toISOString();

async function trailOverDays(days: number): Promise<{ storage: MemoryStorage; log: StorageAuditLog }> {
  const storage = new MemoryStorage();
  const log = new StorageAuditLog(storage, { logger: silentLogger });
  for (let n = 1; n <= days; n += 1) await log.record(auditEntry(0, { time: day(n), target: `day${n}` }));
  return { storage, log };
}

describe('audit retention', () => {
  it('removes entries older than the retention and the rest still verifies from the anchor', async () => {
    const { storage, log } = await trailOverDays(10);
    const task = auditRetentionTask(log, 3, () => Date.parse(day(10)));
    await task.run();
    const kept = (await storage.list('audit/e/')).map((item) => item.key);
    assert.deepEqual(kept, [7, 8, 9, 10].map(auditEntryKey));
    assert.deepEqual(await log.verify(), { checked: 4, anchorSeq: 6, headSeq: 10 });
    await log.record(auditEntry(1, { time: day(11) }));
    assert.deepEqual(await log.verify(), { checked: 5, anchorSeq: 6, headSeq: 11 });
  });

  it('never prunes past an entry that does not verify (tampering is not hidden by retention)', async () => {
    const { storage, log } = await trailOverDays(6);
    const item = await storage.read<{ entry: object }>(auditEntryKey(3));
    await storage.write(auditEntryKey(3), { ...item!.value, entry: { ...item!.value.entry, target: 'rewritten' } });
    const removed = await log.prune(new Date(day(30)));
    assert.equal(removed, 2);
    assert.deepEqual((await log.verify()).broken, { seq: 3, reason: 'content does not match its hash (altered)' });
  });

  it('with nothing old enough, removes nothing', async () => {
    const { log } = await trailOverDays(3);
    assert.equal(await log.prune(new Date(day(1))), 0);
    assert.deepEqual(await log.verify(), { checked: 3, anchorSeq: 0, headSeq: 3 });
  });
});
