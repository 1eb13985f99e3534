import type { BroadcastRecord } from '../notifications/broadcast-store';
import { KEYS } from '../notifications/storage-keys';
import type { Storage } from '../storage/storage';

/** Broadcasts that are not incident rises (their `alertId` names the sender instead). */
const NOT_RISES = new Set(['digest', 'quiet-hours']);

/** How many alerts had incidents rise (a broadcast recorded) after `since`: one outbox listing, at recovery only. */
export async function risesSince(storage: Storage, since: number): Promise<number> {
  const records = (await storage.list<BroadcastRecord>(KEYS.broadcasts)).map((item) => item.value);
  const alerts = new Set(records.filter((record) => !NOT_RISES.has(record.alertId) && Date.parse(record.createdAt) > since).map((record) => record.alertId));
  return alerts.size;
}
