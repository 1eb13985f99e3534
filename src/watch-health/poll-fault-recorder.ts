import { toAppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { PollFaultStore } from './poll-fault-store';
import { classifyPollError } from './watch-fault';

/** What the watcher calls after a failed poll. */
export type PollFailureHook = (error: unknown) => Promise<void>;

/** Records why the poll failed (for the health card's diagnosis); a failure to record is logged, never thrown. */
export function pollFaultRecorder(store: PollFaultStore, now: () => number, logger: Logger): PollFailureHook {
  return async (error) => {
    const fault = classifyPollError(error);
    if (fault === undefined) return;
    const appError = toAppError(error);
    const status = typeof appError.details.status === 'number' ? appError.details.status : undefined;
    try {
      await store.record({ fault, code: appError.code, ...(status === undefined ? {} : { status }), at: new Date(now()).toISOString() });
    } catch (recordError: unknown) {
      logger.warn('poll failure not recorded for watch health', { error: recordError });
    }
  };
}
