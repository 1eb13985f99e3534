import type { Storage } from '../storage/storage';
import type { WatchFault } from './watch-fault';

/** The poller's last failure: written by the leader (fenced, in the watcher's namespace) on failed polls only. */
export interface PollFault {
  readonly fault: WatchFault;
  /** The app error code and HTTP status behind it (never a message from Graph or a token). */
  readonly code: string;
  readonly status?: number;
  readonly at: string;
}

const FAULT_KEY = 'watcher/fault';

/** Idle polls write nothing here: only a failed poll costs a storage write. */
export class PollFaultStore {
  constructor(private readonly storage: Storage) {}

  async record(fault: PollFault): Promise<void> {
    await this.storage.write(FAULT_KEY, fault);
  }

  async last(): Promise<PollFault | undefined> {
    return (await this.storage.read<PollFault>(FAULT_KEY))?.value;
  }
}
