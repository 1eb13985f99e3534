import assert from 'node:assert/strict';
import { isAppError } from '../../../src/errors/app-error';
import type { FencedStorage } from '../../../src/storage/fencing';

const isCode = (code: string) => (error: unknown): boolean => isAppError(error) && error.code === code;

/** Leader fencing, run against every backend: only the newest epoch's writes land. */
export function fencingContract(open: () => Promise<FencedStorage>): void {
  let storage: FencedStorage;
  beforeEach(async () => {
    storage = await open();
  });
  afterEach(async () => {
    await storage.close();
  });

  it('raises the epoch by one on every takeover, also when two raise at once', async () => {
    const first = await storage.raiseEpoch('a', ['watcher']);
    const both = await Promise.all([storage.raiseEpoch('b', ['watcher']), storage.raiseEpoch('c', ['watcher'])]);
    assert.deepEqual([first, ...both.sort()], [first, first + 1, first + 2]);
  });

  it('the newest epoch writes and deletes with the usual eTag rules', async () => {
    const fenced = storage.fenced(await storage.raiseEpoch('a', ['broadcasts']));
    const etag = await fenced.write('broadcasts/1', { n: 1 }, null);
    await assert.rejects(fenced.write('broadcasts/1', { n: 2 }, null), isCode('storageConflict'));
    const second = await fenced.write('broadcasts/1', { n: 2 }, etag);
    await assert.rejects(fenced.write('broadcasts/1', { n: 3 }, etag), isCode('storageConflict'));
    await assert.rejects(fenced.delete('broadcasts/1', etag), isCode('storageConflict'));
    assert.equal(await fenced.delete('broadcasts/1', second), true);
    assert.equal(await fenced.delete('broadcasts/1'), false);
    assert.equal(await fenced.delete('broadcasts/1', 'stale'), false);
  });

  it('an old leader can read but not write or delete once a newer epoch was raised', async () => {
    const old = storage.fenced(await storage.raiseEpoch('old', ['deliveries']));
    await old.write('deliveries/b/1', 'sending', null);
    await old.write('watcher/snapshot', 'v1');
    const current = storage.fenced(await storage.raiseEpoch('new', ['deliveries', 'watcher']));
    await assert.rejects(old.write('deliveries/b/2', 'sending', null), isCode('notLeader'));
    await assert.rejects(old.write('watcher/snapshot', 'v2'), isCode('notLeader'));
    await assert.rejects(old.delete('deliveries/b/1'), isCode('notLeader'));
    await assert.rejects(old.write('elsewhere/x', 1), isCode('notLeader'));
    assert.equal((await old.read<string>('deliveries/b/1'))?.value, 'sending');
    assert.equal(await storage.read('deliveries/b/2'), undefined);
    await current.write('deliveries/b/2', 'sending', null);
    assert.deepEqual((await current.list<string>('deliveries/b/')).map((item) => item.value), ['sending', 'sending']);
  });

  it('takes many concurrent fenced writes to one namespace', async () => {
    const fenced = storage.fenced(await storage.raiseEpoch('a', ['deliveries']));
    await Promise.all(Array.from({ length: 25 }, (_, n) => fenced.write(`deliveries/b/${n}`, n, null)));
    assert.equal((await storage.list('deliveries/b/')).length, 25);
  });
}
