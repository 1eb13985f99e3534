import type { Storage } from '../storage/storage';
import { AUDIT_ENTRY_PREFIX, auditBlockPrefix, BLOCK_SIZE } from './audit-chain-keys';

/** A stored chain slot: its sequence number and raw value (unchecked). */
export interface StoredSlot {
  readonly seq: number;
  readonly value: unknown;
}

/**
 * The stored entries from `fromSeq` to `toSeq` in order, one listing per block of 1,000, so an export or
 * a verification of millions of entries never holds more than one block in memory.
 */
export async function* readSlots(storage: Storage, fromSeq: number, toSeq: number): AsyncGenerator<StoredSlot> {
  for (let block = Math.floor(fromSeq / BLOCK_SIZE) * BLOCK_SIZE; block <= toSeq; block += BLOCK_SIZE) {
    const items = await storage.list<unknown>(auditBlockPrefix(block));
    const slots = items
      .map((item) => ({ seq: Number(item.key.slice(AUDIT_ENTRY_PREFIX.length)), value: item.value }))
      .filter((slot) => Number.isSafeInteger(slot.seq) && slot.seq >= fromSeq && slot.seq <= toSeq)
      .sort((a, b) => a.seq - b.seq);
    yield* slots;
  }
}
