import type { Storage } from '../storage/storage';
import type { TriageActor } from './triage-actor';
import { TRIAGE_KEYS, triageKey } from './triage-keys';

/** `user`: an Entra object id or a UPN; `group`: an Entra group object id (members count transitively). */
export type ExclusionKind = 'user' | 'group';

/** A break-glass account (or group of them) whose incidents never notify and are marked on cards. */
export interface ExclusionRecord {
  readonly kind: ExclusionKind;
  /** Lower-case object id (a user as resolved in the directory, or a group) or UPN (older or unchecked user exclusions). */
  readonly value: string;
  /** A user as the directory named them when excluded (`exclude user` resolves the UPN or id first). */
  readonly user?: { readonly displayName: string; readonly userPrincipalName: string };
  /** True when the directory could not be asked and an administrator excluded the user anyway (`--unchecked`). */
  readonly unchecked?: boolean;
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

  /** Removes the exclusion of `value` (whichever kind; a resolved user also by the UPN recorded with it); the removed record or undefined. */
  async remove(value: string): Promise<ExclusionRecord | undefined> {
    const wanted = value.toLowerCase();
    const byUpn = (await this.list()).find((item) => item.user?.userPrincipalName.toLowerCase() === wanted);
    const keys = [...(['user', 'group'] as const).map((kind) => triageKey(TRIAGE_KEYS.exclusions, kind, wanted)),
      ...(byUpn ? [triageKey(TRIAGE_KEYS.exclusions, byUpn.kind, byUpn.value)] : [])];
    for (const key of keys) {
      const current = await this.storage.read<ExclusionRecord>(key);
      if (current && (await this.storage.delete(key, current.etag))) return current.value;
    }
    return undefined;
  }

  async list(): Promise<readonly ExclusionRecord[]> {
    return (await this.storage.list<ExclusionRecord>(TRIAGE_KEYS.exclusions)).map((item) => item.value);
  }
}
