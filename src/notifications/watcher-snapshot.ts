import type { Storage } from '../storage/storage';
import type { AlertState } from './incident-rise';
import { KEYS } from './storage-keys';

/** The alerts as the last completed poll saw them. */
export interface WatcherSnapshot {
  readonly takenAt: string;
  readonly alerts: Readonly<Record<string, AlertState>>;
}

/** The watcher's memory on the Storage port, written with its eTag so two pollers cannot both advance it. */
export class WatcherSnapshotStore {
  constructor(private readonly storage: Storage) {}

  /** The snapshot and its eTag; undefined before the first (baseline) poll. */
  async load(): Promise<{ readonly snapshot: WatcherSnapshot; readonly etag: string } | undefined> {
    const item = await this.storage.read<WatcherSnapshot>(KEYS.snapshot);
    return item ? { snapshot: item.value, etag: item.etag } : undefined;
  }

  /** Advances the snapshot; `etag` null means "there was none". Throws storageConflict if it moved. */
  async save(snapshot: WatcherSnapshot, etag: string | null): Promise<void> {
    await this.storage.write(KEYS.snapshot, snapshot, etag);
  }
}
