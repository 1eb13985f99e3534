import { MemoryStorage } from '../../../src/storage/memory-storage';
import type { Storage, StoredItem } from '../../../src/storage/storage';

/** Storage that can be made unreachable (every call fails as a refused connection would), like Azurite stopped. */
export class SwitchableStorage implements Storage {
  down = false;

  constructor(readonly inner: Storage = new MemoryStorage()) {}

  read<T>(key: string): Promise<StoredItem<T> | undefined> {
    return this.gate(() => this.inner.read<T>(key));
  }

  write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string> {
    return this.gate(() => this.inner.write(key, value, expectedEtag));
  }

  delete(key: string, expectedEtag?: string): Promise<boolean> {
    return this.gate(() => this.inner.delete(key, expectedEtag));
  }

  list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    return this.gate(() => this.inner.list<T>(prefix));
  }

  ping(): Promise<void> {
    return this.gate(() => this.inner.ping());
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private gate<T>(call: () => Promise<T>): Promise<T> {
    if (this.down) return Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10002'), { code: 'ECONNREFUSED' }));
    return call();
  }
}
