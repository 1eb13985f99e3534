import type { TableClient, TransactionAction } from '@azure/data-tables';
import { isAppError } from '../../errors/app-error';
import { EPOCH_KEY, notLeader, type EpochRecord } from '../fencing';
import type { Storage } from '../storage';
import { storageConflict } from '../storage-conflict';
import { restStatus } from './rest-status';
import { deleteAction, etagCheckAction, isTableEtag, toEntity, writeAction } from './table-entity';
import { partitionKeyOf, quote, toTableKey } from './table-key';

/** The fence row of a partition (no data RowKey starts without '!'). */
const FENCE_ROW = 'fence';

interface FenceState {
  readonly epoch: number;
  readonly etag: string;
}

/**
 * Fencing on Table storage, where a transaction is atomic only within one partition: every partition
 * the leader writes holds a fence row with the epoch. A fenced write is a transaction of two actions,
 * "update the fence row if its eTag is still the one I saw" and the write itself; a new leader raises
 * the fence rows first, so any later write of an old leader fails on the fence. Writes to one
 * partition are queued in this process, so the leader's own writes never race on the fence.
 */
export class TableFence {
  private readonly known = new Map<string, FenceState>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly client: TableClient,
    private readonly storage: Storage,
  ) {}

  write(epoch: number, key: string, value: unknown, expectedEtag: string | null | undefined): Promise<string> {
    const action = writeAction(toEntity(key, value), expectedEtag);
    if (typeof expectedEtag === 'string' && !isTableEtag(expectedEtag)) return Promise.reject(storageConflict(key, expectedEtag));
    return this.serial(toTableKey(key).partitionKey, async () => {
      try {
        return await this.run(epoch, key, action);
      } catch (error: unknown) {
        throw conflictOr(error, key, expectedEtag ?? null);
      }
    });
  }

  /** A conditional delete is two fenced transactions (check the eTag, then delete), queued as one. */
  delete(epoch: number, key: string, expectedEtag: string | undefined): Promise<boolean> {
    return this.serial(toTableKey(key).partitionKey, async () => {
      try {
        if (expectedEtag !== undefined && !isTableEtag(expectedEtag)) return await this.staleDelete(key, expectedEtag);
        if (expectedEtag !== undefined) await this.run(epoch, key, etagCheckAction(key, expectedEtag));
        await this.run(epoch, key, deleteAction(key));
        return true;
      } catch (error: unknown) {
        if (restStatus(error) === 404) return false;
        throw restStatus(error) === 412 ? storageConflict(key, expectedEtag ?? null) : error;
      }
    });
  }

  /** A delete with an eTag the table never issued: nothing to delete, or a conflict. */
  private async staleDelete(key: string, expectedEtag: string): Promise<boolean> {
    if (await this.storage.read(key)) throw storageConflict(key, expectedEtag);
    return false;
  }

  /**
   * Raises the fence of every partition that has one, and of `namespaces`, to `epoch`. When a newer
   * epoch was raised meanwhile (two takeovers at once) it stops: the newer one fences, and this
   * epoch's writes are refused anyway.
   */
  async raiseAll(epoch: number, namespaces: readonly string[]): Promise<void> {
    const partitions = new Set(namespaces.map((namespace) => partitionKeyOf(namespace)));
    for await (const row of this.client.listEntities({ queryOptions: { filter: `RowKey eq ${quote(FENCE_ROW)}`, select: ['PartitionKey'] } })) {
      if (row.partitionKey) partitions.add(row.partitionKey);
    }
    try {
      for (const partition of partitions) await this.serial(partition, () => this.current(epoch, partition));
    } catch (error: unknown) {
      if (!isAppError(error) || error.code !== 'notLeader') throw error;
    }
  }

  /** One fenced transaction (the caller holds the partition's queue); the action's new eTag, or its own error. */
  private async run(epoch: number, key: string, action: TransactionAction): Promise<string> {
    const { partitionKey } = toTableKey(key);
    for (let attempt = 1; ; attempt += 1) {
      const fence = await this.current(epoch, partitionKey);
      try {
        const response = await this.client.submitTransaction([fenceUpdate(partitionKey, epoch, fence.etag), action]);
        this.known.set(partitionKey, { epoch, etag: response.subResponses[0]?.etag ?? '' });
        return response.subResponses[1]?.etag ?? '';
      } catch (error: unknown) {
        this.known.delete(partitionKey);
        const moved = (await this.readFence(partitionKey))?.etag !== fence.etag;
        if (moved && attempt < 3) continue;
        if (moved) throw notLeader(epoch, undefined);
        throw error;
      }
    }
  }

  /** The partition's fence at `epoch`: created or raised when lower; notLeader when higher. */
  private async current(epoch: number, partitionKey: string): Promise<FenceState> {
    const cached = this.known.get(partitionKey);
    if (cached?.epoch === epoch) return cached;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const stored = await this.readFence(partitionKey);
      if (stored && stored.epoch > epoch) throw notLeader(epoch, stored.epoch);
      if (stored?.epoch === epoch) return this.remember(partitionKey, stored);
      if (!stored) await this.assertNewest(epoch);
      try {
        const entity = { partitionKey, rowKey: FENCE_ROW, epoch };
        const response = stored ? await this.client.updateEntity(entity, 'Replace', { etag: stored.etag }) : await this.client.createEntity(entity);
        await this.assertNewest(epoch);
        return this.remember(partitionKey, { epoch, etag: response.etag ?? '' });
      } catch (error: unknown) {
        if (restStatus(error) !== 409 && restStatus(error) !== 412) throw error;
      }
    }
    throw notLeader(epoch, undefined);
  }

  /**
   * A partition without a fence yet is fenced only by the newest epoch: checked before the fence row is
   * created and again after. A newer leader that raised the epoch in between may have listed the fence
   * rows before this one existed (and so not raised it): the second check refuses the write then.
   */
  private async assertNewest(epoch: number): Promise<void> {
    const stored = await this.storage.read<EpochRecord>(EPOCH_KEY);
    if ((stored?.value.epoch ?? 0) > epoch) throw notLeader(epoch, stored?.value.epoch);
  }

  private async readFence(partitionKey: string): Promise<FenceState | undefined> {
    try {
      const row = await this.client.getEntity<{ epoch: number }>(partitionKey, FENCE_ROW);
      return { epoch: Number(row.epoch), etag: row.etag };
    } catch (error: unknown) {
      if (restStatus(error) === 404) return undefined;
      throw error;
    }
  }

  private remember(partitionKey: string, state: FenceState): FenceState {
    this.known.set(partitionKey, state);
    return state;
  }

  /** Runs `work` after every earlier piece of work on the same partition. */
  private serial<R>(partitionKey: string, work: () => Promise<R>): Promise<R> {
    const previous = this.queues.get(partitionKey) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queues.set(partitionKey, next.catch(() => undefined));
    return next;
  }
}

/** A failed condition of the action itself (exists, stale eTag, missing for update) is the port's conflict. */
function conflictOr(error: unknown, key: string, expected: string | null): unknown {
  const status = restStatus(error);
  if (status === 409 || status === 412) return storageConflict(key, expected);
  if (status === 404 && expected !== null) return storageConflict(key, expected);
  return error;
}

function fenceUpdate(partitionKey: string, epoch: number, etag: string): TransactionAction {
  return ['update', { partitionKey, rowKey: FENCE_ROW, epoch }, 'Replace', { etag }];
}
