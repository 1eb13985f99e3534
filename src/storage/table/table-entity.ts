import type { TableEntity, TransactionAction } from '@azure/data-tables';
import type { StoredItem } from '../storage';
import { AppError } from '../../errors/app-error';
import { fromTableKey, isHashedKey, ORIGINAL_KEY, toTableKey } from './table-key';
import { joinValue, splitValue, type ValueProperties } from './table-value';

export type DataEntity = TableEntity<ValueProperties>;

/** The entity of a write; a key with a hashed part (see table-key) also keeps the original key. */
export function toEntity(key: string, value: unknown): DataEntity {
  const tableKey = toTableKey(key);
  return { ...tableKey, ...splitValue(key, value), ...(isHashedKey(tableKey) ? { [ORIGINAL_KEY]: key } : {}) };
}

type StoredEntity = Readonly<Record<string, unknown>> & { readonly partitionKey?: string; readonly rowKey?: string; readonly etag?: string };

export function toItem<T>(entity: StoredEntity): StoredItem<T> {
  return { key: storageKeyOf(entity), value: joinValue<T>(entity), etag: entity.etag ?? '' };
}

/** The row's storage key: unescaped from its Table keys, or the kept original when a part was hashed (checked against them). */
function storageKeyOf(entity: StoredEntity): string {
  const tableKey = { partitionKey: entity.partitionKey ?? '', rowKey: entity.rowKey ?? '' };
  if (!isHashedKey(tableKey)) return fromTableKey(tableKey);
  const original = entity[ORIGINAL_KEY];
  const expected = typeof original === 'string' ? toTableKey(original) : undefined;
  if (expected?.partitionKey !== tableKey.partitionKey || expected.rowKey !== tableKey.rowKey) throw new AppError('internal', { details: { reason: 'stored key does not match its row', partitionKey: tableKey.partitionKey.slice(0, 100) } });
  return original as string;
}

/** The transaction action of a Storage write: upsert (unconditional), create (null) or update with eTag. */
export function writeAction(entity: DataEntity, expectedEtag: string | null | undefined): TransactionAction {
  if (expectedEtag === undefined) return ['upsert', entity, 'Replace'];
  if (expectedEtag === null) return ['create', entity];
  return ['update', entity, 'Replace', { etag: expectedEtag }];
}

/** A transaction's delete carries no eTag: a conditional delete first checks it with an empty merge. */
export function deleteAction(key: string): TransactionAction {
  return ['delete', { ...toTableKey(key) }];
}

export function etagCheckAction(key: string, expectedEtag: string): TransactionAction {
  return ['update', { ...toTableKey(key) }, 'Merge', { etag: expectedEtag }];
}

/** Whether `etag` has the Table service's form; any other string can only be stale (the service would answer 400). */
export function isTableEtag(etag: string): boolean {
  return /^W\/"datetime'[^']+'"$/.test(etag);
}
