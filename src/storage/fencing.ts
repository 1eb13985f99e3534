import { AppError, isAppError } from '../errors/app-error';
import type { Storage, StoredItem } from './storage';

/**
 * Fencing for the one leader (the poller): each takeover raises an epoch by compare-and-swap, and a
 * fenced view's writes succeed only while its epoch is still the newest, checked by the storage in the
 * same atomic step as the write. A paused old leader that wakes up can read but not write.
 */
export interface Fencing {
  /** Raises the epoch for `holder` and fences `namespaces` (key prefixes before '/') with it; the new epoch. */
  raiseEpoch(holder: string, namespaces: readonly string[]): Promise<number>;
  /** This storage, with every write and delete conditional on `epoch` being the newest. */
  fenced(epoch: number): Storage;
}

export type FencedStorage = Storage & Fencing;

export const EPOCH_KEY = 'leader/epoch';

export interface EpochRecord {
  readonly epoch: number;
  readonly holder: string;
  readonly at: string;
}

export function notLeader(epoch: number, current: number | undefined): AppError {
  return new AppError('notLeader', { details: { epoch, current } });
}

/** Throws notLeader unless the stored epoch is `epoch`. */
export function assertEpoch(stored: StoredItem<EpochRecord> | undefined, epoch: number): void {
  if (stored?.value.epoch !== epoch) throw notLeader(epoch, stored?.value.epoch);
}

/** Compare-and-swap of the epoch record: the new epoch, one above the stored one. */
export async function casEpoch(storage: Storage, holder: string): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await storage.read<EpochRecord>(EPOCH_KEY);
    const epoch = (current?.value.epoch ?? 0) + 1;
    try {
      await storage.write<EpochRecord>(EPOCH_KEY, { epoch, holder, at: new Date().toISOString() }, current?.etag ?? null);
      return epoch;
    } catch (error: unknown) {
      if (!isAppError(error) || error.code !== 'storageConflict' || attempt >= 10) throw error;
    }
  }
}
