import assert from 'node:assert/strict';
import { isAppError } from '../../src/errors/app-error';
import { LeaderStorage } from '../../src/leadership/leader-storage';
import type { Leadership } from '../../src/leadership/leadership';
import type { FencedStorage } from '../../src/storage/fencing';
import { MemoryStorage } from '../../src/storage/memory-storage';
import type { Storage } from '../../src/storage/storage';

const isNotLeader = (error: unknown): boolean => isAppError(error) && error.code === 'notLeader';

/** A leadership the test sets: `epoch` is what this instance believes right now. */
function leadershipOf(state: { epoch: number | undefined }): Leadership {
  return { instanceId: 'a', currentEpoch: () => state.epoch, start: () => Promise.resolve(), stop: () => Promise.resolve(), onChange: () => undefined };
}

/** `storage`, with `during()` called while each fenced write or delete is under way. */
function withHook(storage: MemoryStorage, during: () => void): FencedStorage {
  const fenced = (epoch: number): Storage => {
    const view = storage.fenced(epoch);
    return {
      read: (key) => view.read(key), list: (prefix) => view.list(prefix), ping: () => view.ping(), close: () => view.close(),
      write: async (key, value, etag) => { during(); return view.write(key, value, etag); },
      delete: async (key, etag) => { during(); return view.delete(key, etag); },
    };
  };
  return Object.assign(Object.create(storage) as FencedStorage, { fenced });
}

describe('LeaderStorage', () => {
  it('a write while this instance leads lands; while it does not, it is refused before reaching storage', async () => {
    const storage = new MemoryStorage();
    const state = { epoch: await storage.raiseEpoch('a') as number | undefined };
    const leader = new LeaderStorage(storage, leadershipOf(state));
    await leader.write('deliveries/b/c1', 'sending', null);
    state.epoch = undefined;
    await assert.rejects(leader.write('deliveries/b/c2', 'sending', null), isNotLeader);
    assert.deepEqual((await storage.list('deliveries/')).map((item) => item.key), ['deliveries/b/c1']);
  });

  it('the lead lost while a write was under way (e.g. the process was frozen): notLeader, so the caller does not act on it', async () => {
    const storage = new MemoryStorage();
    const state = { epoch: await storage.raiseEpoch('a') as number | undefined };
    let frozen = false;
    const leader = new LeaderStorage(withHook(storage, () => frozen && (state.epoch = undefined)), leadershipOf(state));
    await leader.write('watcher/snapshot', 1);
    frozen = true;
    await assert.rejects(leader.write('deliveries/b/c1', 'sending', null), isNotLeader);
    assert.equal((await storage.read('deliveries/b/c1'))?.value, 'sending', 'the claim landed and stays: the successor records it unknown');
    state.epoch = 1;
    await assert.rejects(leader.delete('watcher/snapshot'), isNotLeader);
  });
});
