import assert from 'node:assert/strict';
import { isAppError } from '../../../src/errors/app-error';
import type { Storage } from '../../../src/storage/storage';

/** The Storage port's semantics, run against every backend. */
export function storageContract(open: () => Promise<Storage>): void {
  let storage: Storage;
  beforeEach(async () => {
    storage = await open();
  });
  afterEach(async () => {
    await storage.close();
  });

  const isConflict = (error: unknown): boolean => isAppError(error) && error.code === 'storageConflict';

  it('reads back what it wrote, with the returned eTag', async () => {
    const etag = await storage.write('things/a', { n: 1, list: ['x'] });
    assert.deepEqual(await storage.read('things/a'), { key: 'things/a', value: { n: 1, list: ['x'] }, etag });
    assert.equal(await storage.read('things/missing'), undefined);
  });

  it('changes the eTag on every write, and an unconditional write always wins', async () => {
    const first = await storage.write('things/a', 1);
    const second = await storage.write('things/a', 2);
    assert.notEqual(first, second);
    assert.equal((await storage.read<number>('things/a'))?.value, 2);
  });

  it('create-only (null) fails when the key exists', async () => {
    await storage.write('things/a', 1, null);
    await assert.rejects(storage.write('things/a', 2, null), isConflict);
    assert.equal((await storage.read<number>('things/a'))?.value, 1);
  });

  it('a matching eTag updates; a stale one is a storageConflict and changes nothing', async () => {
    const first = await storage.write('things/a', 1);
    const second = await storage.write('things/a', 2, first);
    await assert.rejects(storage.write('things/a', 3, first), isConflict);
    await assert.rejects(storage.write('things/missing', 3, first), isConflict);
    assert.deepEqual(await storage.read('things/a'), { key: 'things/a', value: 2, etag: second });
  });

  it('deletes, with an optional eTag condition', async () => {
    const etag = await storage.write('things/a', 1);
    await storage.write('things/a', 2);
    await assert.rejects(storage.delete('things/a', etag), isConflict);
    assert.equal(await storage.delete('things/a'), true);
    assert.equal(await storage.delete('things/a'), false);
    assert.equal(await storage.delete('things/a', 'whatever'), false);
    assert.equal(await storage.read('things/a'), undefined);
  });

  it('lists by key prefix in key order, nothing else', async () => {
    await storage.write('subs/b', 'B');
    await storage.write('subs/a', 'A');
    await storage.write('subscriptions-other/x', 'X');
    await storage.write('convs/a', 'C');
    const items = await storage.list<string>('subs/');
    assert.deepEqual(items.map((item) => [item.key, item.value]), [['subs/a', 'A'], ['subs/b', 'B']]);
    assert.deepEqual(await storage.list('none/'), []);
  });

  it('lists a prefix exactly at its edges: the next character, non-ASCII and astral keys', async () => {
    for (const key of ['audit/e/0', 'audit/e/9', 'audit/e0', 'audit/f', 'audit/e/é', 'audit/e/😀', 'audit/', 'audit/d~', 'é/1', 'é0', 'ê']) await storage.write(key, key);
    assert.deepEqual((await storage.list<string>('audit/e/')).map((item) => item.key), ['audit/e/0', 'audit/e/9', 'audit/e/é', 'audit/e/😀']);
    assert.deepEqual((await storage.list<string>('é')).map((item) => item.key), ['é/1', 'é0']);
    assert.equal((await storage.list<string>('')).length, 11);
  });

  it('treats % and _ in prefixes literally', async () => {
    await storage.write('a_%/1', 1);
    await storage.write('ab%/2', 2);
    assert.deepEqual((await storage.list('a_%/')).map((item) => item.key), ['a_%/1']);
  });

  it('returns copies: mutating a read value does not change the stored one', async () => {
    await storage.write('things/a', { n: 1 });
    const item = await storage.read<{ n: number }>('things/a');
    item!.value.n = 99;
    assert.deepEqual((await storage.read('things/a'))?.value, { n: 1 });
  });

  it('pings while open and fails clearly once closed', async () => {
    await storage.ping();
    await storage.close();
    await assert.rejects(storage.ping(), (error: unknown) => isAppError(error) && error.code === 'internal');
    await assert.rejects(storage.read('things/a'));
  });
}
