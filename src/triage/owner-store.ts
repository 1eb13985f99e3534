import type { Storage } from '../storage/storage';
import type { TriageActor } from './triage-actor';
import { TRIAGE_KEYS, triageKey } from './triage-keys';

/** Who said "I'm on it" for an alert in one conversation (a channel, chat or personal chat), and when. */
export interface OwnerRecord {
  readonly alertId: string;
  readonly conversationId: string;
  readonly by: TriageActor;
  readonly at: string;
}

/** Owners on the Storage port (`triage/owners/<conversation>/<alertId>`); the latest acknowledgement wins. */
export class OwnerStore {
  constructor(private readonly storage: Storage) {}

  /** Records the owner; returns the previous one (someone else may have taken it before). */
  async acknowledge(record: OwnerRecord): Promise<OwnerRecord | undefined> {
    const key = triageKey(TRIAGE_KEYS.owners, record.conversationId, record.alertId);
    const current = await this.storage.read<OwnerRecord>(key);
    await this.storage.write(key, record, current?.etag ?? null);
    return current?.value;
  }

  async get(conversationId: string, alertId: string): Promise<OwnerRecord | undefined> {
    return (await this.storage.read<OwnerRecord>(triageKey(TRIAGE_KEYS.owners, conversationId, alertId)))?.value;
  }
}
