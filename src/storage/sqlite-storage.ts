import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { newEtag } from './new-etag';
import { settle } from './settle';
import type { StoredItem } from './storage';
import { storageConflict } from './storage-conflict';
import { SynchronousStorage } from './synchronous-storage';

interface Row {
  readonly key: string;
  readonly value: string;
  readonly etag: string;
}

export type SqliteJournalMode = 'wal' | 'delete';

const SCHEMA = 'CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)';

/**
 * Storage on one SQLite file (`<dataDir>/pim-alerts.sqlite`): WAL journal (or a rollback journal on
 * network file systems, where WAL's shared memory does not work) and synchronous=FULL, so a write that
 * returned survives a crash or `kill -9`; eTags give optimistic concurrency between processes, and a
 * fenced write checks the leader epoch in the same transaction.
 */
export class SqliteStorage extends SynchronousStorage {
  private readonly db: Database.Database;

  constructor(dataDir: string, fileName = 'pim-alerts.sqlite', journalMode: SqliteJournalMode = 'wal') {
    super();
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, fileName));
    this.db.pragma(`journal_mode = ${journalMode === 'wal' ? 'WAL' : 'DELETE'}`);
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  close(): Promise<void> {
    return settle(() => {
      if (this.db.open) this.db.close();
    });
  }

  protected readNow<T>(key: string): StoredItem<T> | undefined {
    const row = this.live().prepare('SELECT key, value, etag FROM items WHERE key = ?').get(key) as Row | undefined;
    return row ? toItem<T>(row) : undefined;
  }

  protected writeNow(key: string, value: unknown, expectedEtag: string | null | undefined): string {
    const etag = newEtag();
    const changed = this.writeRow(key, JSON.stringify(value), etag, expectedEtag);
    if (changed === 0) throw storageConflict(key, expectedEtag ?? null);
    return etag;
  }

  protected deleteNow(key: string, expectedEtag: string | undefined): boolean {
    const db = this.live();
    if (expectedEtag === undefined) return db.prepare('DELETE FROM items WHERE key = ?').run(key).changes > 0;
    const removed = db.prepare('DELETE FROM items WHERE key = ? AND etag = ?').run(key, expectedEtag).changes;
    if (removed > 0) return true;
    const exists = db.prepare('SELECT 1 FROM items WHERE key = ?').get(key) !== undefined;
    if (exists) throw storageConflict(key, expectedEtag);
    return false;
  }

  protected listNow<T>(prefix: string): readonly StoredItem<T>[] {
    const upper = prefixUpperBound(prefix);
    const rows = (upper === undefined
      ? this.live().prepare('SELECT key, value, etag FROM items WHERE substr(key, 1, length(?)) = ? ORDER BY key').all(prefix, prefix)
      : this.live().prepare('SELECT key, value, etag FROM items WHERE key >= ? AND key < ? ORDER BY key').all(prefix, upper)) as Row[];
    return rows.map((row) => toItem<T>(row));
  }

  protected pingNow(): void {
    this.live().prepare('SELECT 1').get();
  }

  /** An immediate transaction: the write lock is taken before the epoch is read, so no other process writes between. */
  protected atomically<R>(work: () => R): R {
    return this.live().transaction(work).immediate();
  }

  private writeRow(key: string, json: string, etag: string, expectedEtag: string | null | undefined): number {
    const db = this.live();
    if (expectedEtag === undefined) {
      return db
        .prepare('INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag')
        .run(key, json, etag).changes;
    }
    if (expectedEtag === null) {
      return db.prepare('INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING').run(key, json, etag).changes;
    }
    return db.prepare('UPDATE items SET value = ?, etag = ? WHERE key = ? AND etag = ?').run(json, etag, key, expectedEtag).changes;
  }

  private live(): Database.Database {
    if (!this.db.open) throw new AppError('internal', { details: { reason: 'storage is closed' } });
    return this.db;
  }
}

/**
 * The smallest key above every key that starts with `prefix` (its last code point plus one), so a
 * prefix listing is a range on the primary-key index instead of a scan of every row. UTF-8 sorts
 * like code points, which is how SQLite compares TEXT. Undefined when there is no such bound.
 */
function prefixUpperBound(prefix: string): string | undefined {
  const last = prefix.codePointAt(prefix.length - 1);
  if (last === undefined || last >= 0xd7ff) return undefined;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

function toItem<T>(row: Row): StoredItem<T> {
  return { key: row.key, value: JSON.parse(row.value) as T, etag: row.etag };
}
