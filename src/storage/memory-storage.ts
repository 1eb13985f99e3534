import { AppError } from '../errors/app-error';
import { FencedView } from './fenced-view';
import { assertEpoch, casEpoch, EPOCH_KEY, type EpochRecord, type FencedStorage } from './fencing';
import { newEtag } from './new-etag';
import { settle } from './settle';
import type { StoredItem } from './storage';
import { storageConflict } from './storage-conflict';

interface Row {
  readonly json: string;
  readonly etag: string;
}

/**
 * In-process Storage with the same semantics as SqliteStorage (values are copied through JSON, eTags
 * checked the same way). Forgets everything on restart: unit tests only.
 */
export class MemoryStorage implements FencedStorage {
  private readonly rows = new Map<string, Row>();
  private closed = false;

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
      settle(() => {
        assertEpoch(this.readNow<EpochRecord>(EPOCH_KEY), epoch);
        return work();
      });
    return new FencedView(this, {
      write: (key, value, expectedEtag) => inEpoch(() => this.writeNow(key, value, expectedEtag)),
      delete: (key, expectedEtag) => inEpoch(() => this.deleteNow(key, expectedEtag)),
    });
  }

  list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    return settle(() => {
      const keys = [...this.open().keys()].filter((key) => key.startsWith(prefix)).sort();
      return keys.map((key) => toItem<T>(key, this.rows.get(key) as Row));
    });
  }

  ping(): Promise<void> {
    return settle(() => void this.open());
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private readNow<T>(key: string): StoredItem<T> | undefined {
    const row = this.open().get(key);
    return row ? toItem<T>(key, row) : undefined;
  }

  private writeNow(key: string, value: unknown, expectedEtag: string | null | undefined): string {
    const current = this.open().get(key);
    if (expectedEtag === null && current) throw storageConflict(key, null);
    if (typeof expectedEtag === 'string' && current?.etag !== expectedEtag) throw storageConflict(key, expectedEtag);
    const etag = newEtag();
    this.rows.set(key, { json: JSON.stringify(value), etag });
    return etag;
  }

  private deleteNow(key: string, expectedEtag: string | undefined): boolean {
    const current = this.open().get(key);
    if (!current) return false;
    if (expectedEtag !== undefined && current.etag !== expectedEtag) throw storageConflict(key, expectedEtag);
    return this.rows.delete(key);
  }

  private open(): Map<string, Row> {
    if (this.closed) throw new AppError('internal', { details: { reason: 'storage is closed' } });
    return this.rows;
  }
}

function toItem<T>(key: string, row: Row): StoredItem<T> {
  return { key, value: JSON.parse(row.json) as T, etag: row.etag };
}
