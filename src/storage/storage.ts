/** One stored record with its eTag (changes on every write). */
export interface StoredItem<T> {
  readonly key: string;
  readonly value: T;
  readonly etag: string;
}

/**
 * The storage port: a key/value store of JSON documents with optimistic concurrency.
 * `expectedEtag`: omitted → unconditional; `null` → create only (must not exist); a string → the
 * current eTag must match. A failed condition throws AppError `storageConflict`.
 * Keys are `namespace/id` strings; `list` returns every record whose key starts with the prefix.
 */
export interface Storage {
  read<T>(key: string): Promise<StoredItem<T> | undefined>;
  write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string>;
  delete(key: string, expectedEtag?: string): Promise<boolean>;
  list<T>(prefix: string): Promise<readonly StoredItem<T>[]>;
  /** Reachability check for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
