import type { TableClient } from '@azure/data-tables';
import { AppError } from '../../errors/app-error';
import { FencedView } from '../fenced-view';
import { casEpoch, type FencedStorage } from '../fencing';
import type { StoredItem } from '../storage';
import { storageConflict } from '../storage-conflict';
import { restStatus } from './rest-status';
import { isTableEtag, toEntity, toItem } from './table-entity';
import { TableFence } from './table-fence';
import { prefixFilter, toTableKey } from './table-key';

/**
 * Storage on one Azure Table: PartitionKey per namespace, RowKey per id (see table-key), values split
 * over properties (table-value), the Table's own eTags for concurrency: create-only → 409, stale
 * eTag → 412, both the port's storageConflict. Fenced writes go through TableFence.
 */
export class TableStorage implements FencedStorage {
  private closed = false;
  private readonly fence: TableFence;

  constructor(private readonly client: TableClient) {
    this.fence = new TableFence(client, this);
  }

  /** Creates the table when it does not exist yet. */
  async open(): Promise<this> {
    await this.client.createTable();
    return this;
  }

  async read<T>(key: string): Promise<StoredItem<T> | undefined> {
    const { partitionKey, rowKey } = toTableKey(this.key(key));
    try {
      return toItem<T>(await this.client.getEntity(partitionKey, rowKey));
    } catch (error: unknown) {
      if (restStatus(error) === 404) return undefined;
      throw error;
    }
  }

  async write<T>(key: string, value: T, expectedEtag?: string | null): Promise<string> {
    const entity = toEntity(this.key(key), value);
    if (typeof expectedEtag === 'string' && !isTableEtag(expectedEtag)) throw storageConflict(key, expectedEtag);
    try {
      if (expectedEtag === undefined) return etagOf(await this.client.upsertEntity(entity, 'Replace'));
      if (expectedEtag === null) return etagOf(await this.client.createEntity(entity));
      return etagOf(await this.client.updateEntity(entity, 'Replace', { etag: expectedEtag }));
    } catch (error: unknown) {
      throw isConflictStatus(restStatus(error)) ? storageConflict(key, expectedEtag ?? null) : error;
    }
  }

  async delete(key: string, expectedEtag?: string): Promise<boolean> {
    const { partitionKey, rowKey } = toTableKey(this.key(key));
    if (expectedEtag !== undefined && !isTableEtag(expectedEtag)) return this.staleDelete(key, expectedEtag);
    try {
      await this.client.deleteEntity(partitionKey, rowKey, { etag: expectedEtag ?? '*' });
      return true;
    } catch (error: unknown) {
      if (restStatus(error) === 404) return false;
      throw restStatus(error) === 412 ? storageConflict(key, expectedEtag ?? null) : error;
    }
  }

  async list<T>(prefix: string): Promise<readonly StoredItem<T>[]> {
    const items: StoredItem<T>[] = [];
    const entities = this.client.listEntities({ queryOptions: { filter: prefixFilter(this.key(prefix)) } });
    for await (const entity of entities) items.push(toItem<T>(entity));
    return items.filter((item) => item.key.startsWith(prefix)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async ping(): Promise<void> {
    this.key('');
    await this.client.listEntities({ queryOptions: { filter: prefixFilter('ping/') } }).byPage({ maxPageSize: 1 }).next();
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  async raiseEpoch(holder: string, namespaces: readonly string[]): Promise<number> {
    const epoch = await casEpoch(this, holder);
    await this.fence.raiseAll(epoch, namespaces);
    return epoch;
  }

  fenced(epoch: number): FencedView {
    return new FencedView(this, {
      write: (key, value, expectedEtag) => this.fence.write(epoch, this.key(key), value, expectedEtag),
      delete: (key, expectedEtag) => this.fence.delete(epoch, this.key(key), expectedEtag),
    });
  }

  /** A delete with an eTag this table never issued: nothing to delete, or a conflict. */
  private async staleDelete(key: string, expectedEtag: string): Promise<boolean> {
    if (await this.read(key)) throw storageConflict(key, expectedEtag);
    return false;
  }

  /** The key, once the storage is known to be open. */
  private key(key: string): string {
    if (this.closed) throw new AppError('internal', { details: { reason: 'storage is closed' } });
    return key;
  }
}

function isConflictStatus(status: number | undefined): boolean {
  return status === 409 || status === 412 || status === 404;
}

function etagOf(response: { readonly etag?: string }): string {
  return response.etag ?? '';
}
