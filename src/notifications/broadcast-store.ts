import type { OutgoingMessage } from '../cards/outgoing-message';
import type { Storage } from '../storage/storage';
import { isAppError } from '../errors/app-error';
import { KEYS, conversationKey } from './storage-keys';

/** One notification going to several conversations: written before the first send (the outbox). */
export interface BroadcastRecord {
  readonly id: string;
  readonly alertId: string;
  readonly createdAt: string;
  readonly message: OutgoingMessage;
  readonly targets: readonly string[];
  readonly completedAt?: string;
}

/**
 * Per target: `sending` is written before the send leaves, so a crash mid-send is never re-posted
 * (it becomes `unknown`); `delivered` and `failed` are final.
 */
export type DeliveryState = 'sending' | 'delivered' | 'failed' | 'unknown';

export interface DeliveryRecord {
  readonly conversationId: string;
  readonly state: DeliveryState;
  readonly at: string;
  readonly status?: number;
  readonly code?: string;
}

export class BroadcastStore {
  constructor(private readonly storage: Storage) {}

  /** Writes the broadcast unless one with the same id exists; true when this call created it. */
  async create(record: BroadcastRecord): Promise<boolean> {
    try {
      await this.storage.write(KEYS.broadcasts + record.id, record, null);
      return true;
    } catch (error: unknown) {
      if (isAppError(error) && error.code === 'storageConflict') return false;
      throw error;
    }
  }

  async get(id: string): Promise<BroadcastRecord | undefined> {
    return (await this.storage.read<BroadcastRecord>(KEYS.broadcasts + id))?.value;
  }

  /**
   * One pass over the outbox: removes broadcasts (and their delivery records) completed before
   * `prunedBefore`, and returns the ones not completed yet.
   */
  async sweep(prunedBefore: string): Promise<{ readonly open: readonly BroadcastRecord[]; readonly pruned: number }> {
    const records = (await this.storage.list<BroadcastRecord>(KEYS.broadcasts)).map((item) => item.value);
    const old = records.filter((record) => record.completedAt !== undefined && record.completedAt < prunedBefore);
    for (const record of old) await this.remove(record.id);
    return { open: records.filter((record) => !record.completedAt), pruned: old.length };
  }

  async complete(record: BroadcastRecord, at: string): Promise<void> {
    await this.storage.write(KEYS.broadcasts + record.id, { ...record, completedAt: at });
  }

  async deliveries(id: string): Promise<ReadonlyMap<string, DeliveryRecord>> {
    const items = await this.storage.list<DeliveryRecord>(KEYS.deliveries(id));
    return new Map(items.map((item) => [item.value.conversationId, item.value]));
  }

  async mark(id: string, delivery: DeliveryRecord): Promise<void> {
    await this.storage.write(conversationKey(KEYS.deliveries(id), delivery.conversationId), delivery);
  }

  private async remove(id: string): Promise<void> {
    for (const delivery of await this.storage.list(KEYS.deliveries(id))) await this.storage.delete(delivery.key);
    await this.storage.delete(KEYS.broadcasts + id);
  }
}
