import { MemoryStorage } from '../storage/memory-storage';
import { OpsConversationStore } from './ops-conversation-store';
import type { WatchStatus } from './watch-status';

/** What chat commands see of watch health: the last check's findings and the operations conversation. */
export interface WatchHealthView {
  status(): WatchStatus;
  readonly ops: OpsConversationStore;
}

/** No monitor wired (tests of other areas): nothing checked yet, choices kept in memory. */
export function unmonitoredWatchHealth(): WatchHealthView {
  return { status: () => ({ storageReachable: true }), ops: new OpsConversationStore(new MemoryStorage()) };
}
