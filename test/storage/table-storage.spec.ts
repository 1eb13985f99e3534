import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { isAppError } from '../../src/errors/app-error';
import { EPOCH_KEY } from '../../src/storage/fencing';
import type { Storage } from '../../src/storage/storage';
import { TableFence } from '../../src/storage/table/table-fence';
import { TableStorage } from '../../src/storage/table/table-storage';
import { useAzurite } from '../support/azurite';
import { fencingContract } from './support/fencing-contract';
import { storageContract } from './support/storage-contract';

/** A table of its own per test, on the shared Azurite. */
function openTable(connectionString: string): Promise<TableStorage> {
  return new TableStorage(tableClient(connectionString)).open();
}

function tableClient(connectionString: string): TableClient {
  const name = `t${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  return TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
}

/** The storage as the old leader's fence sees it: right after its first epoch check, a new leader takes over. */
function takeoverAfterFirstEpochCheck(storage: TableStorage): Storage {
  let checked = false;
  return Object.assign(Object.create(storage) as Storage, {
    read: async (key: string) => {
      const value = await storage.read(key);
      if (key === EPOCH_KEY && !checked) {
        checked = true;
        await storage.raiseEpoch('new', []);
      }
      return value;
    },
  });
}

describe('TableStorage (Azure Table on Azurite)', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  const open = (): Promise<TableStorage> => openTable(azurite().connectionString);

  describe('contract', () => {
    storageContract(open);
  });

  describe('fencing contract', () => {
    fencingContract(open);
  });

  it('an old leader: its first write to a partition without a fence row is refused when a new leader took over in between', async () => {
    const client = tableClient(azurite().connectionString);
    const storage = await new TableStorage(client).open();
    const old = await storage.raiseEpoch('old', []);
    const oldFence = new TableFence(client, takeoverAfterFirstEpochCheck(storage));
    await assert.rejects(oldFence.write(old, 'unfenced/x', 'from the old leader', null), (error: unknown) => isAppError(error) && error.code === 'notLeader');
    assert.equal(await storage.read('unfenced/x'), undefined);
    await storage.close();
  });

  it('keeps keys with characters Table keys forbid, and lists their prefixes exactly', async () => {
    const storage = await open();
    const keys = ['odd/a/b', 'odd/a\\b', 'odd/a#b', 'odd/a?b', 'odd/a\u0001b', "odd/it's", 'odd/%41', 'odd/A', 'odd/ü🙂', 'odd', 'odd/', 'odd-x/y'];
    for (const key of keys) await storage.write(key, key);
    for (const key of keys) assert.equal((await storage.read<string>(key))?.value, key, key);
    const listed = (await storage.list<string>('odd/')).map((item) => item.key);
    assert.deepEqual(listed, keys.filter((key) => key.startsWith('odd/')).sort());
    assert.deepEqual((await storage.list('odd/a')).map((item) => item.key), ['odd/a/b', 'odd/a\u0001b', 'odd/a#b', 'odd/a?b', 'odd/a\\b'].sort());
    assert.deepEqual((await storage.list('od')).map((item) => item.key), [...keys].sort());
    await storage.close();
  });

  it('stores a value larger than one Table property (64 KiB) whole, and replaces it with a smaller one', async () => {
    const storage = await open();
    const big = { text: 'x'.repeat(150_000), emoji: '🙂'.repeat(20_000) };
    const etag = await storage.write('big/one', big);
    assert.deepEqual(await storage.read('big/one'), { key: 'big/one', value: big, etag });
    await storage.write('big/one', { small: true }, etag);
    assert.deepEqual((await storage.read('big/one'))?.value, { small: true });
    await assert.rejects(storage.write('big/two', 'y'.repeat(2_000_000)), (error: unknown) => isAppError(error) && error.code === 'invalidInput');
    await storage.close();
  });

  it('stores, lists, replaces and deletes keys whose escaped form is past a Table key (a 203-character conversation id)', async () => {
    const storage = await open();
    const longId = `a:1${'Ab/+='.repeat(40)}`;
    const long = `conversations/${encodeURIComponent(longId)}`;
    const twin = `${long.slice(0, -1)}%2F`;
    const keys = [long, twin, `conversations/${'é'.repeat(400)}`, `conversations/${'é'.repeat(400)}x`, 'conversations/short', `${'n'.repeat(600)}/x`, 'k'.repeat(2000)];
    for (const key of keys) await storage.write(key, { key });
    for (const key of keys) assert.deepEqual((await storage.read(key))?.value, { key }, key.slice(0, 40));
    assert.deepEqual((await storage.list('conversations/')).map((item) => item.key), keys.filter((key) => key.startsWith('conversations/')).sort());
    assert.deepEqual((await storage.list(long.slice(0, 300))).map((item) => item.key), [long, twin].sort(), 'a prefix longer than the kept characters');
    assert.deepEqual((await storage.list(long)).map((item) => item.key), [long]);
    assert.deepEqual((await storage.list('nnn')).map((item) => item.key), [`${'n'.repeat(600)}/x`]);
    const etag = (await storage.read(long))!.etag;
    await storage.write(long, { replaced: true }, etag);
    await assert.rejects(storage.write(long, { stale: true }, etag), (error: unknown) => isAppError(error) && error.code === 'storageConflict');
    await assert.rejects(storage.write(twin, { again: true }, null), (error: unknown) => isAppError(error) && error.code === 'storageConflict');
    assert.equal(await storage.delete(long), true);
    assert.equal(await storage.read(long), undefined);
    assert.deepEqual((await storage.read(twin))?.value, { key: twin }, 'its twin is untouched');
    const epoch = await storage.raiseEpoch('leader', ['conversations']);
    await storage.fenced(epoch).write(long, { fenced: true });
    assert.deepEqual((await storage.read(long))?.value, { fenced: true });
    await storage.close();
  });
});
