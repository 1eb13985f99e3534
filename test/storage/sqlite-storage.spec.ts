import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { fencingContract } from './support/fencing-contract';
import { storageContract } from './support/storage-contract';
import { makeTempDir } from './support/temp-dir';

describe('SqliteStorage', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('sqlite');
  });
  afterEach(() => temp.remove());

  describe('contract', () => {
    storageContract(() => Promise.resolve(new SqliteStorage(temp.dir)));
  });

  describe('fencing contract', () => {
    fencingContract(() => Promise.resolve(new SqliteStorage(temp.dir)));
  });

  describe('contract with a rollback journal (SQLITE_JOURNAL_MODE=delete, for network shares)', () => {
    storageContract(() => Promise.resolve(new SqliteStorage(temp.dir, undefined, 'delete')));
  });

  it('uses WAL by default and no WAL file in delete mode', async () => {
    const wal = new SqliteStorage(path.join(temp.dir, 'wal'));
    await wal.write('things/a', 1);
    assert.ok(existsSync(path.join(temp.dir, 'wal', 'pim-alerts.sqlite-wal')), 'WAL mode keeps a -wal file');
    await wal.close();
    const rollback = new SqliteStorage(path.join(temp.dir, 'delete'), undefined, 'delete');
    await rollback.write('things/a', 1);
    assert.ok(!existsSync(path.join(temp.dir, 'delete', 'pim-alerts.sqlite-wal')), 'delete mode writes no -wal file');
    assert.equal((await rollback.read<number>('things/a'))?.value, 1);
    await rollback.close();
  });

  it('creates a missing data folder and keeps data across reopening', async () => {
    const dataDir = path.join(temp.dir, 'nested', '.data');
    const first = new SqliteStorage(dataDir);
    const etag = await first.write('things/a', { kept: true });
    await first.close();
    assert.ok(existsSync(path.join(dataDir, 'pim-alerts.sqlite')));
    const second = new SqliteStorage(dataDir);
    assert.deepEqual(await second.read('things/a'), { key: 'things/a', value: { kept: true }, etag });
    await second.close();
  });

  it('sees another connection\'s writes and refuses its stale eTags', async () => {
    const a = new SqliteStorage(temp.dir);
    const b = new SqliteStorage(temp.dir);
    const etag = await a.write('counter/x', 1);
    await b.write('counter/x', 2, etag);
    await assert.rejects(a.write('counter/x', 3, etag));
    assert.equal((await a.read<number>('counter/x'))?.value, 2);
    await a.close();
    await b.close();
  });
});
