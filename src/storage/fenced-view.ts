import type { Storage, StoredItem } from './storage';

/** The writes of a fenced view: each checks the epoch atomically with the write itself. */
export interface GuardedWrites {
  write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string>;
  delete(key: string, expectedEtag?: string): Promise<boolean>;
}

/** A Storage that reads through `base` and writes through `guarded`; closing the view leaves `base` open. */
export class FencedView implements Storage {
  constructor(
    private readonly base: Storage,
    private readonly guarded: GuardedWrites,
  ) {}

  read<T>(key: string): Promise<StoredItem<T> | undefined> {
    return this.base.read<T>(key);
  }

  write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string> {
    return this.guarded.write(key, value, expectedEtag);
  }

  delete(key: string, expectedEtag?: string): Promise<boolean> {
    return this.guarded.delete(key, expectedEtag);
  }

  list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    return this.base.list<T>(prefix);
  }

  ping(): Promise<void> {
    return this.base.ping();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
