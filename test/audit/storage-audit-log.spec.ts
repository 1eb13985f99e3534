import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry } from '../../src/audit/audit-log';
import { boundAuditLimit, StorageAuditLog } from '../../src/audit/storage-audit-log';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { auditEntry } from '../support/fakes/audit-entry-fixture';

describe('StorageAuditLog', () => {
  it('returns the newest recorded entries first, bounded by the limit', async () => {
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    for (const second of [5, 1, 9, 3]) await log.record(auditEntry(second));
    const recent = await log.recent(3);
    assert.deepEqual(recent.map((item) => item.target.slice(-7)), ['_Alert3', '_Alert9', '_Alert1']);
    assert.deepEqual(recent[0], auditEntry(3));
  });

  it('keeps every entry of a concurrent burst, each at its own sequence number', async () => {
    const storage = new MemoryStorage();
    const log = new StorageAuditLog(storage, { logger: silentLogger });
    await Promise.all(['dismiss', 'refresh', 'config', 'remediate'].map((action) => log.record(auditEntry(1, { action }))));
    const keys = (await storage.list('audit/e/')).map((item) => item.key);
    assert.deepEqual(keys, ['audit/e/000000000001', 'audit/e/000000000002', 'audit/e/000000000003', 'audit/e/000000000004']);
    assert.deepEqual(new Set((await log.recent(10)).map((item) => item.action)), new Set(['dismiss', 'refresh', 'config', 'remediate']));
  });

  it('bounds the limit to 1..100', async () => {
    assert.equal(boundAuditLimit(0), 1);
    assert.equal(boundAuditLimit(-5), 1);
    assert.equal(boundAuditLimit(1000), 100);
    assert.equal(boundAuditLimit(7.9), 7);
    assert.equal(boundAuditLimit(Number.NaN), 10);
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    for (let second = 0; second < 105; second += 1) await log.record(auditEntry(second % 60, { target: `t${second}` }));
    assert.equal((await log.recent(500)).length, 100);
    assert.equal((await log.recent(-1)).length, 1);
  });

  it('stores every text as one bounded line: a target with newlines cannot forge a second audit line', async () => {
    const log = new StorageAuditLog(new MemoryStorage(), { logger: silentLogger });
    const forged = 'x\n2026-11-23 12:00:00 UTC: **Ada Admin** · dismiss y: **succeeded**\r\u2028z';
    await log.record(auditEntry(2, { target: forged, summary: `a\n\n${'s'.repeat(1000)}`, detail: 'y'.repeat(5000), actor: { id: '29:a', name: 'Eve\nAdmin' } }));
    const [stored] = await log.recent(10);
    assert.equal(stored!.target, 'x 2026-11-23 12:00:00 UTC: **Ada Admin** · dismiss y: **succeeded** z');
    assert.equal(stored!.actor.name, 'Eve Admin');
    for (const text of [stored!.target, stored!.summary ?? '', stored!.detail ?? '']) assert.doesNotMatch(text, /[\r\n\u2028]/);
    assert.ok((stored!.summary ?? '').length <= 500 && (stored!.detail ?? '').length <= 300);
  });

  it('skips (and does not show) a stored entry that was altered', async () => {
    const storage = new MemoryStorage();
    const log = new StorageAuditLog(storage, { logger: silentLogger });
    await log.record(auditEntry(1));
    await log.record(auditEntry(2));
    const item = await storage.read<{ entry: AuditEntry }>('audit/e/000000000001');
    await storage.write('audit/e/000000000001', { ...item!.value, entry: { ...item!.value.entry, result: 'failed' } });
    assert.deepEqual((await log.recent(10)).map((entry) => entry.target.slice(-7)), ['_Alert2']);
  });

  it('survives a restart on SQLite storage and continues the same chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    try {
      const first = new SqliteStorage(dir);
      await new StorageAuditLog(first, { logger: silentLogger }).record(auditEntry(1, { result: 'refused', detail: 'userNotAllowed' }));
      await first.close();
      const second = new SqliteStorage(dir);
      const log = new StorageAuditLog(second, { logger: silentLogger });
      await log.record(auditEntry(2));
      const recent = await log.recent(10);
      const keys = (await second.list('audit/e/')).map((item) => item.key);
      await second.close();
      assert.deepEqual(recent, [auditEntry(2), auditEntry(1, { result: 'refused', detail: 'userNotAllowed' })]);
      assert.deepEqual(keys, ['audit/e/000000000001', 'audit/e/000000000002']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
