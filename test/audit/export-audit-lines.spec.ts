import { strict as assert } from 'node:assert';
import { chainHash } from '../../src/audit/audit-chain-record';
import { GENESIS_HASH } from '../../src/audit/audit-chain-keys';
import { StorageAuditLog } from '../../src/audit/storage-audit-log';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

describe('audit export (JSON lines)', () => {
  it('writes one JSON object per line, oldest first, with the hashes a SIEM can re-check', async () => {
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    await log.record(auditEntry(1, { summary: 'Dismissed \'Stale sign-in\'\n(alert id x)' }));
    await log.record(auditEntry(2));
    const lines: string[] = [];
    const last = await log.exportLines((line) => { lines.push(line); });
    assert.equal(last, 2);
    assert.ok(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n')));
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(first!.seq, 1);
    assert.equal(first!.summary, 'Dismissed \'Stale sign-in\' (alert id x)');
    assert.equal(first!.prevHash, GENESIS_HASH);
    assert.equal(second!.prevHash, first!.hash);
    const { seq, prevHash, hash, ...entry } = second!;
    assert.equal(hash, chainHash(String(prevHash), Number(seq), entry));
  });

  it('exports only what came after the last shipped entry', async () => {
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    for (let second = 1; second <= 5; second += 1) await log.record(auditEntry(second));
    const lines: string[] = [];
    assert.equal(await log.exportLines((line) => { lines.push(line); }, 3), 5);
    assert.deepEqual(lines.map((line) => (JSON.parse(line) as { seq: number }).seq), [4, 5]);
  });
});
