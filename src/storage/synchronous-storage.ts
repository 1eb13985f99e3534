import { FencedView } from './fenced-view';
import { assertEpoch, casEpoch, EPOCH_KEY, type EpochRecord, type FencedStorage } from './fencing';
import { settle } from './settle';
import type { StoredItem } from './storage';

/**
 * The Storage port over a store whose operations are synchronous (SQLite, memory): every call settles at once (a thrown
 * conflict becomes a rejection), and a fenced write checks the leader epoch and writes in one `atomically` step. Each
 * store says only how it reads, writes, deletes, lists and pings.
 */
export abstract class SynchronousStorage implements FencedStorage {
  read<T>(key: string): Promise<StoredItem<T> | undefined> {
    return settle(() => this.readNow<T>(key));
  }

  write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string> {
    return settle(() => this.writeNow(key, value, expectedEtag));
  }

  delete(key: string, expectedEtag?: string): Promise<boolean> {
    return settle(() => this.deleteNow(key, expectedEtag));
  }

  raiseEpoch(holder: string): Promise<number> {
    return casEpoch(this, holder);
  }

  fenced(epoch: number): FencedView {
    const inEpoch = <R>(work: () => R): Promise<R> =>
      settle(() => this.atomically(() => {
        assertEpoch(this.readNow<EpochRecord>(EPOCH_KEY), epoch);
        return work();
      }));
    return new FencedView(this, {
      write: (key, value, expectedEtag) => inEpoch(() => this.writeNow(key, value, expectedEtag)),
      delete: (key, expectedEtag) => inEpoch(() => this.deleteNow(key, expectedEtag)),
    });
  }

  list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    return settle(() => this.listNow<T>(prefix));
  }

  ping(): Promise<void> {
    return settle(() => this.pingNow());
  }

  abstract close(): Promise<void>;

  protected abstract readNow<T>(key: string): StoredItem<T> | undefined;

  /** `expectedEtag`: undefined writes unconditionally, null only creates, a string only replaces that version. */
  protected abstract writeNow(key: string, value: unknown, expectedEtag: string | null | undefined): string;

  protected abstract deleteNow(key: string, expectedEtag: string | undefined): boolean;

  /** The items whose key starts with `prefix`, in key order. */
  protected abstract listNow<T>(prefix: string): readonly StoredItem<T>[];

  /** Throws when the store cannot be used (closed, file gone). */
  protected abstract pingNow(): void;

  /** Runs `work` with no other writer between its reads and its writes (SQLite: one immediate transaction). */
  protected abstract atomically<R>(work: () => R): R;
}
