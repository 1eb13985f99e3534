import type { FencedStorage } from '../storage/fencing';
import { notLeader } from '../storage/fencing';
import type { Storage, StoredItem } from '../storage/storage';
import type { Leadership } from './leadership';

/**
 * The storage the leader's work (snapshot, outbox, history, holds) writes through: every write and delete
 * is fenced with the current epoch, refused outright (notLeader) while this instance does not lead, and
 * answered notLeader when the lead was lost while it was under way.
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
    const { epoch, storage } = this.fenced();
    const etag = await storage.write(key, value, expectedEtag);
    this.assertStillLeading(epoch);
    return etag;
  }

  async delete(key: string, expectedEtag?: string): Promise<boolean> {
    const { epoch, storage } = this.fenced();
    const deleted = await storage.delete(key, expectedEtag);
    this.assertStillLeading(epoch);
    return deleted;
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

  private fenced(): { readonly epoch: number; readonly storage: Storage } {
    const epoch = this.leadership.currentEpoch();
    if (epoch === undefined) throw notLeader(this.view?.epoch ?? 0, undefined);
    if (this.view?.epoch !== epoch) this.view = { epoch, storage: this.storage.fenced(epoch) };
    return this.view;
  }

  /**
   * Checked again once the write is done: a process frozen while its write was under way (the write
   * landed, but the lead may have passed on since) learns it here, before it acts on the write (e.g.
   * sends after claiming a target). The claim then stays `sending`, and the successor records it `unknown`.
   */
  private assertStillLeading(epoch: number): void {
    const current = this.leadership.currentEpoch();
    if (current !== epoch) throw notLeader(epoch, current);
  }
}
