import type { TableEntity, TransactionAction } from '@azure/data-tables';
import type { StoredItem } from '../storage';
import { fromTableKey, toTableKey } from './table-key';
import { joinValue, splitValue, type ValueProperties } from './table-value';

export type DataEntity = TableEntity<ValueProperties>;

export function toEntity(key: string, value: unknown): DataEntity {
  return { ...toTableKey(key), ...splitValue(key, value) };
}

export function toItem<T>(entity: Readonly<Record<string, unknown>> & { readonly partitionKey?: string; readonly rowKey?: string; readonly etag?: string }): StoredItem<T> {
  const key = fromTableKey({ partitionKey: entity.partitionKey ?? '', rowKey: entity.rowKey ?? '' });
  return { key, value: joinValue<T>(entity), etag: entity.etag ?? '' };
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
