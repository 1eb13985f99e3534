import type { Storage } from '../storage/storage';
import type { TriageActor } from './triage-actor';
import { TRIAGE_KEYS, triageKey } from './triage-keys';

/** `user`: an Entra object id or a UPN; `group`: an Entra group object id (members count transitively). */
export type ExclusionKind = 'user' | 'group';

/** A break-glass account (or group of them) whose incidents never notify and are marked on cards. */
export interface ExclusionRecord {
  readonly kind: ExclusionKind;
  /** Lower-case object id or UPN. */
  readonly value: string;
  readonly reason: string;
  readonly by: TriageActor;
  readonly at: string;
}

/** Exclusions on the Storage port (`triage/exclusions/<kind>/<value>`). */
export class ExclusionStore {
  constructor(private readonly storage: Storage) {}

  /** Adds or updates (eTag-checked) an exclusion; true when it is new. */
  async add(record: ExclusionRecord): Promise<boolean> {
    const key = triageKey(TRIAGE_KEYS.exclusions, record.kind, record.value);
    const current = await this.storage.read<ExclusionRecord>(key);
    await this.storage.write(key, record, current?.etag ?? null);
    return !current;
  }

  /** Removes the exclusion of `value` (whichever kind); the removed record or undefined. */
  async remove(value: string): Promise<ExclusionRecord | undefined> {
    for (const kind of ['user', 'group'] as const) {
      const key = triageKey(TRIAGE_KEYS.exclusions, kind, value.toLowerCase());
      const current = await this.storage.read<ExclusionRecord>(key);
      if (current && (await this.storage.delete(key, current.etag))) return current.value;
    }
    return undefined;
  }

  async list(): Promise<readonly ExclusionRecord[]> {
    return (await this.storage.list<ExclusionRecord>(TRIAGE_KEYS.exclusions)).map((item) => item.value);
  }
}
