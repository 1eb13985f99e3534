import { isAppError } from '../errors/app-error';
import type { Storage } from '../storage/storage';

/** An administrator seen by the bot: Teams id (MRI), Entra object id (to check again later), when. */
export interface RosterEntry {
  readonly id: string;
  readonly aadObjectId?: string;
  readonly seenAt: number;
}

const KEY = 'known-admins/roster';
const ATTEMPTS = 5;

/** The known administrators in storage (one record, eTag-guarded), so a restart keeps them. */
export class AdminRosterStore {
  constructor(private readonly storage: Storage) {}

  async load(): Promise<RosterEntry[]> {
    return [...((await this.storage.read<{ entries: RosterEntry[] }>(KEY))?.value.entries ?? [])];
  }

  /** Applies `change` to the stored roster (again on a concurrent write) and returns the result. */
  async change(change: (entries: readonly RosterEntry[]) => RosterEntry[]): Promise<RosterEntry[]> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.storage.read<{ entries: RosterEntry[] }>(KEY);
      const entries = change(current?.value.entries ?? []);
      try {
        await this.storage.write(KEY, { entries }, current?.etag ?? null);
        return entries;
      } catch (error) {
        if (!isAppError(error) || error.code !== 'storageConflict' || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
