import { strict as assert } from 'node:assert';
import { RefusalAggregatingAuditLog, REFUSAL_WINDOW_MS } from '../../src/audit/refusal-aggregating-audit-log';
import { StorageAuditLog } from '../../src/audit/storage-audit-log';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

const MALLORY = { id: '29:mallory', aadObjectId: '99999999-9999-4999-8999-999999999999', name: 'Mallory' };
const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);

function makeLog(): { storage: MemoryStorage; trail: StorageAuditLog; log: RefusalAggregatingAuditLog } {
  const storage = new MemoryStorage();
  const trail = new StorageAuditLog(storage, { logger: silentLogger });
  return { storage, trail, log: new RefusalAggregatingAuditLog(trail, storage) };
}

const refusal = (ms: number): ReturnType<typeof auditEntry> =>
  auditEntry(0, { time: new Date(T0 + ms).toISOString(), actor: MALLORY, result: 'refused', action: 'dismiss' });

describe('RefusalAggregatingAuditLog', () => {
  it('a flood of 10,000 refusals does not push a real entry out of the newest 10', async function () {
    this.timeout(60_000);
    const { log } = makeLog();
    await log.record(auditEntry(0, { summary: "Dismissed 'Stale sign-in'" }));
    for (let index = 0; index < 10_000; index += 1) await log.record(refusal(index * 10));
    const recent = await log.recent(10);
    assert.equal(recent.length, 2);
    assert.deepEqual(recent.map((entry) => entry.result), ['refused', 'succeeded']);
    assert.equal(recent[1]!.summary, "Dismissed 'Stale sign-in'");
  });

  it('closes a passed window into one summary entry with the count, on the next refusal or at housekeeping', async () => {
    const { log } = makeLog();
    for (let index = 0; index < 5; index += 1) await log.record(refusal(index * 1000));
    await log.record(refusal(REFUSAL_WINDOW_MS + 1));
    const [newest, summary, first] = await log.recent(10);
    assert.equal(first!.detail, undefined);
    assert.equal(summary!.detail, 'repeated 4x');
    assert.match(summary!.summary ?? '', /^Refused 4 more times between 12:00:00 and 12:00:04 UTC \(last: dismiss\)$/);
    assert.equal(newest!.time, new Date(T0 + REFUSAL_WINDOW_MS + 1).toISOString());
    await log.record(refusal(REFUSAL_WINDOW_MS + 2));
    await log.flush(T0 + 3 * REFUSAL_WINDOW_MS);
    const [flushed] = await log.recent(1);
    assert.equal(flushed!.detail, 'repeated 1x');
  });

  it('passes every other result straight through, and keeps users apart', async () => {
    const { log } = makeLog();
    await log.record(refusal(0));
    await log.record(auditEntry(1, { result: 'refused' }));
    await log.record(auditEntry(2, { result: 'attempted' }));
    assert.equal((await log.recent(10)).length, 3);
    assert.equal((await log.verify()).broken, undefined);
  });
});
