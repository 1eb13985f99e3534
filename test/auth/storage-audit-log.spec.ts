import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry } from '../../src/auth/audit-log';
import { boundAuditLimit, StorageAuditLog } from '../../src/auth/storage-audit-log';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { SqliteStorage } from '../../src/storage/sqlite-storage';

const entry = (second: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2026, 10, 23, 12, 0, second)).toISOString(),
  actor: { id: '29:admin', aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Ada Admin' },
  action: 'dismiss',
  target: `DirectoryRole_00000000-0000-4000-8000-000000000000_Alert${second}`,
  result: 'succeeded',
  conversationId: 'a:conversation',
  ...overrides,
});

describe('StorageAuditLog', () => {
  it('returns the newest entries first, bounded by the limit', async () => {
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    for (const second of [5, 1, 9, 3]) await log.record(entry(second));
    const recent = await log.recent(3);
    assert.deepEqual(recent.map((item) => item.target.slice(-7)), ['_Alert9', '_Alert5', '_Alert3']);
    assert.deepEqual(recent[0], entry(9));
  });

  it('keeps two entries recorded in the same millisecond', async () => {
    const storage = new MemoryStorage();
    const log = new StorageAuditLog(storage, { logger: silentLogger });
    await Promise.all([log.record(entry(1, { action: 'dismiss' })), log.record(entry(1, { action: 'refresh' }))]);
    const keys = (await storage.list('audit/')).map((item) => item.key);
    assert.equal(keys.length, 2);
    for (const key of keys) assert.match(key, /^audit\/2026-11-23T12:00:01\.000Z-[0-9a-f]{12}$/);
  });

  it('bounds the limit to 1..100', async () => {
    assert.equal(boundAuditLimit(0), 1);
    assert.equal(boundAuditLimit(-5), 1);
    assert.equal(boundAuditLimit(1000), 100);
    assert.equal(boundAuditLimit(7.9), 7);
    assert.equal(boundAuditLimit(Number.NaN), 10);
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    for (let second = 0; second < 105; second += 1) await log.record(entry(second % 60, { target: `t${second}` }));
    assert.equal((await log.recent(500)).length, 100);
    assert.equal((await log.recent(-1)).length, 1);
  });

  it('bounds long fields and skips malformed stored records', async () => {
    const storage = new MemoryStorage();
    const log = new StorageAuditLog(storage, { logger: silentLogger });
    await log.record(entry(2, { target: 'x'.repeat(100_000), detail: 'y'.repeat(5000) }));
    await storage.write('audit/2026-11-23T12:00:03.000Z-bad', { actor: 'nobody', __proto__: { polluted: true } });
    await storage.write('audit/2026-11-23T12:00:04.000Z-bad', { ...entry(4), result: 'maybe' });
    const recent = await log.recent(10);
    assert.equal(recent.length, 1);
    assert.ok(recent[0]!.target.length <= 300);
    assert.ok((recent[0]!.detail ?? '').length <= 300);
  });

  it('survives a restart on SQLite storage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    try {
      const first = new SqliteStorage(dir);
      await new StorageAuditLog(first, { logger: silentLogger }).record(entry(1, { result: 'refused', detail: 'userNotAllowed' }));
      await first.close();
      const second = new SqliteStorage(dir);
      const recent = await new StorageAuditLog(second, { logger: silentLogger }).recent(10);
      await second.close();
      assert.deepEqual(recent, [entry(1, { result: 'refused', detail: 'userNotAllowed' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
