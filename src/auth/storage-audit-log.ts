import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import type { AuditEntry, AuditLog } from './audit-log';
import { normalizeAuditEntry, parseAuditEntry } from './audit-entry-shape';

export const AUDIT_PREFIX = 'audit/';
export const MAX_AUDIT_LIMIT = 100;

export interface StorageAuditLogOptions {
  readonly logger: Logger;
  /** Random key suffix; injectable for tests. */
  readonly suffix?: () => string;
}

/** Bounds a requested number of entries to 1..100 (anything unusable → 10). */
export function boundAuditLimit(limit: number): number {
  if (!Number.isFinite(limit)) return 10;
  return Math.min(MAX_AUDIT_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * The audit trail on the Storage port: one record per entry under `audit/<ISO time>-<random>`, so
 * keys sort by time and two entries in the same millisecond never collide.
 */
export class StorageAuditLog implements AuditLog {
  private readonly logger: Logger;
  private readonly suffix: () => string;

  constructor(private readonly storage: Storage, options: StorageAuditLogOptions) {
    this.logger = options.logger.child('audit');
    this.suffix = options.suffix ?? (() => randomBytes(6).toString('hex'));
  }

  async record(entry: AuditEntry): Promise<void> {
    const stored = normalizeAuditEntry(entry);
    const key = `${AUDIT_PREFIX}${stored.time}-${this.suffix()}`;
    await this.storage.write(key, stored, null);
    this.logger.info('audit', { action: stored.action, target: stored.target, result: stored.result, actorId: stored.actor.id });
  }

  async recent(limit: number): Promise<readonly AuditEntry[]> {
    const items = await this.storage.list<unknown>(AUDIT_PREFIX);
    const newestFirst = [...items].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    const entries: AuditEntry[] = [];
    for (const item of newestFirst) {
      const entry = parseAuditEntry(item.value);
      if (entry) entries.push(entry);
      else this.logger.warn('skipping malformed audit record', { key: item.key });
      if (entries.length >= boundAuditLimit(limit)) break;
    }
    return entries;
  }
}
