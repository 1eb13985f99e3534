import type { FencedStorage } from '../storage/fencing';
import { notLeader } from '../storage/fencing';
import type { Storage, StoredItem } from '../storage/storage';
import type { Leadership } from './leadership';

/**
 * The storage the leader's work (snapshot, outbox) writes through: every write and delete is fenced
 * with the current epoch, and refused outright (notLeader) while this instance does not lead.
 */
export class LeaderStorage implements Storage {
  private view?: { readonly epoch: number; readonly storage: Storage };

  constructor(
    private readonly storage: FencedStorage,
    private readonly leadership: Leadership,
  ) {}

  read<T>(key: string): Promise<StoredItem<T> | undefined> {
    return this.storage.read<T>(key);
  }

  async write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string> {
    return this.fenced().write(key, value, expectedEtag);
  }

  async delete(key: string, expectedEtag?: string): Promise<boolean> {
    return this.fenced().delete(key, expectedEtag);
  }

  list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    return this.storage.list<T>(prefix);
  }

  ping(): Promise<void> {
    return this.storage.ping();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private fenced(): Storage {
    const epoch = this.leadership.currentEpoch();
    if (epoch === undefined) throw notLeader(this.view?.epoch ?? 0, undefined);
    if (this.view?.epoch !== epoch) this.view = { epoch, storage: this.storage.fenced(epoch) };
    return this.view.storage;
  }
}
