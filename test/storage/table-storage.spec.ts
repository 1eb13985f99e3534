import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { isAppError } from '../../src/errors/app-error';
import { TableStorage } from '../../src/storage/table/table-storage';
import { useAzurite } from '../support/azurite';
import { fencingContract } from './support/fencing-contract';
import { storageContract } from './support/storage-contract';

/** A table of its own per test, on the shared Azurite. */
function openTable(connectionString: string): Promise<TableStorage> {
  const name = `t${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  return new TableStorage(TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true })).open();
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
});
