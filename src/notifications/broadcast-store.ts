import type { OutgoingMessage } from '../cards/outgoing-message';
import type { NotificationAnnouncement } from './announcement';
import type { Storage } from '../storage/storage';
import { unlessConflict } from '../storage/storage-conflict';
import { KEYS, conversationKey } from './storage-keys';

/** One notification going to several conversations: written before the first send (the outbox). */
export interface BroadcastRecord {
  readonly id: string;
  readonly alertId: string;
  readonly createdAt: string;
  readonly message: OutgoingMessage;
  readonly targets: readonly string[];
  readonly completedAt?: string;
  /** A notification's stated counts and rows: what its redraws show (digests and summaries have none). */
  readonly announcement?: NotificationAnnouncement;
}

/**
 * Per target: `sending` is a create-only claim written before the send leaves: whoever fails to create
 * it never sends, and a crash mid-send is never re-posted (it becomes `unknown`); `delivered`,
 * `failed` and `unknown` are final.
 */
export type DeliveryState = 'sending' | 'delivered' | 'failed' | 'unknown';

export interface DeliveryRecord {
  readonly conversationId: string;
  readonly state: DeliveryState;
  readonly at: string;
  readonly status?: number;
  readonly code?: string;
}

/** A delivery record with the eTag its next (conditional) update must match. */
export type StoredDelivery = DeliveryRecord & { readonly etag: string };

export class BroadcastStore {
  constructor(private readonly storage: Storage) {}

  /** Writes the broadcast unless one with the same id exists; true when this call created it. */
  async create(record: BroadcastRecord): Promise<boolean> {
    return unlessConflict(() => this.storage.write(KEYS.broadcasts + record.id, record, null).then(() => true), false);
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

  async deliveries(id: string): Promise<ReadonlyMap<string, StoredDelivery>> {
    const items = await this.storage.list<DeliveryRecord>(KEYS.deliveries(id));
    return new Map(items.map((item) => [item.value.conversationId, { ...item.value, etag: item.etag }]));
  }

  /** Claims a target (`sending`, create-only): its eTag, or undefined when it was claimed already. */
  async claim(id: string, conversationId: string, at: string): Promise<string | undefined> {
    const record: DeliveryRecord = { conversationId, state: 'sending', at };
    return unlessConflict(() => this.storage.write(conversationKey(KEYS.deliveries(id), conversationId), record, null), undefined);
  }

  /** Settles a claimed target, only if the claim is still as `etag` left it; false when it changed. */
  async settle(id: string, delivery: DeliveryRecord, etag: string): Promise<boolean> {
    const { conversationId, state, at, status, code } = delivery;
    const key = conversationKey(KEYS.deliveries(id), conversationId);
    return unlessConflict(() => this.storage.write(key, { conversationId, state, at, status, code }, etag).then(() => true), false);
  }

  private async remove(id: string): Promise<void> {
    for (const delivery of await this.storage.list(KEYS.deliveries(id))) await this.storage.delete(delivery.key);
    await this.storage.delete(KEYS.broadcasts + id);
  }
}
