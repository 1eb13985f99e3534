import { AppError } from '../errors/app-error';
import { newEtag } from './new-etag';
import type { StoredItem } from './storage';
import { storageConflict } from './storage-conflict';
import { SynchronousStorage } from './synchronous-storage';

interface Row {
  readonly json: string;
  readonly etag: string;
}

/**
 * In-process Storage with the same semantics as SqliteStorage (values are copied through JSON, eTags
 * checked the same way). Forgets everything on restart: unit tests only.
 */
export class MemoryStorage extends SynchronousStorage {
  private readonly rows = new Map<string, Row>();
  private closed = false;

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  protected readNow<T>(key: string): StoredItem<T> | undefined {
    const row = this.open().get(key);
    return row ? toItem<T>(key, row) : undefined;
  }

  protected writeNow(key: string, value: unknown, expectedEtag: string | null | undefined): string {
    const current = this.open().get(key);
    if (expectedEtag === null && current) throw storageConflict(key, null);
    if (typeof expectedEtag === 'string' && current?.etag !== expectedEtag) throw storageConflict(key, expectedEtag);
    const etag = newEtag();
    this.rows.set(key, { json: JSON.stringify(value), etag });
    return etag;
  }

  protected deleteNow(key: string, expectedEtag: string | undefined): boolean {
    const current = this.open().get(key);
    if (!current) return false;
    if (expectedEtag !== undefined && current.etag !== expectedEtag) throw storageConflict(key, expectedEtag);
    return this.rows.delete(key);
  }

  protected listNow<T>(prefix: string): readonly StoredItem<T>[] {
    const keys = [...this.open().keys()].filter((key) => key.startsWith(prefix)).sort();
    return keys.map((key) => toItem<T>(key, this.rows.get(key) as Row));
  }

  protected pingNow(): void {
    this.open();
  }

  /** One thread, no awaits inside: nothing comes between. */
  protected atomically<R>(work: () => R): R {
    return work();
  }

  private open(): Map<string, Row> {
    if (this.closed) throw new AppError('internal', { details: { reason: 'storage is closed' } });
    return this.rows;
  }
}

function toItem<T>(key: string, row: Row): StoredItem<T> {
  return { key, value: JSON.parse(row.json) as T, etag: row.etag };
}
