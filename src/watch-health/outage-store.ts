import { conversationKey } from '../notifications/storage-keys';
import type { Storage, StoredItem } from '../storage/storage';
import { unlessConflict } from '../storage/storage-conflict';
import type { WatchFault } from './watch-fault';

/** One stretch without a successful poll, as announced: one record, changed only by compare-and-swap. */
export interface OutageRecord {
  /** The last successful poll before it (ISO), or when watching began: the outage's identity. */
  readonly since: string;
  readonly fault: WatchFault;
  readonly declaredAt: string;
  /** The down card went out to every target (a crashed announcer's successor finishes the rest). */
  readonly announced: boolean;
  /** Only a poll after this ends it (a storage outage: polls from before storage failed, not yet seen when it was told). */
  readonly recoverAfter?: string;
  /** The first successful poll after it. */
  readonly recoveredAt?: string;
  /** Alerts whose incidents rose in the first poll after the gap (posted as usual). */
  readonly rises?: number;
  readonly recoveryAnnounced?: boolean;
}

export type Phase = 'down' | 'recovered';

const OUTAGE_KEY = 'watch-health/outage';
const SENT_PREFIX = 'watch-health/sent/';

/** The record's key and its claims' prefix (ends with `/`; no other store's keys may start with it). */
export interface OutageKeys {
  readonly record: string;
  readonly sentPrefix: string;
}

/**
 * Outage records and per-conversation claims, on the unfenced storage: any instance may notice (the
 * leader may be the one that failed), so writes are eTag-checked instead, and each card is claimed
 * create-only per conversation before it is sent: at most one per outage, phase and conversation.
 */
export class OutageStore {
  /** `keys`: where the record and its claims live (default the watcher's outage; an Azure subscription's has its own). */
  constructor(private readonly storage: Storage, private readonly keys: OutageKeys = { record: OUTAGE_KEY, sentPrefix: SENT_PREFIX }) {}

  load(): Promise<StoredItem<OutageRecord> | undefined> {
    return this.storage.read<OutageRecord>(this.keys.record);
  }

  /** Writes the record if the stored one still has `etag` (null: none stored): its new eTag, or undefined when another instance moved first. */
  async swap(record: OutageRecord, etag: string | null): Promise<string | undefined> {
    return unlessConflict(() => this.storage.write(this.keys.record, record, etag), undefined);
  }

  /** True when this call claimed the card for the conversation (nobody sent it before). */
  async claim(outage: OutageRecord, phase: Phase, conversationId: string, at: string): Promise<boolean> {
    const key = conversationKey(`${this.keys.sentPrefix}${claimId(outage, phase)}/`, conversationId);
    return unlessConflict(() => this.storage.write(key, { at }, null).then(() => true), false);
  }

  /** Removes the claims of earlier outages (called when a new one is declared). */
  async pruneClaims(current: OutageRecord): Promise<void> {
    const keep = [claimId(current, 'down'), claimId(current, 'recovered')].map((id) => `${this.keys.sentPrefix}${id}/`);
    for (const item of await this.storage.list(this.keys.sentPrefix)) {
      if (!keep.some((prefix) => item.key.startsWith(prefix))) await this.storage.delete(item.key);
    }
  }
}

function claimId(outage: OutageRecord, phase: Phase): string {
  return `${outage.since.replace(/[^0-9A-Za-z]/g, '')}-${phase}`;
}
