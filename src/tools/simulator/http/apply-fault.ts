import { setTimeout as delay } from 'node:timers/promises';
import type { Fault } from '../control/fault-store';
import { SimError, graphCodeForStatus } from './sim-error';

/** Acts out a request-level fault: throws the Graph error it stands for, or waits (`slow`) and returns. */
export async function applyFault(fault: Fault, signal: AbortSignal): Promise<void> {
  const retryAfter = { 'Retry-After': String(fault.retryAfterSeconds) };
  switch (fault.kind) {
    case 'throttle':
      throw new SimError(429, 'activityLimitReached', 'Too many requests. Retry after the time in the Retry-After header.', retryAfter);
    case 'unavailable':
      throw new SimError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Try again later.', retryAfter);
    case 'status':
      throw new SimError(fault.status, graphCodeForStatus(fault.status), `Injected fault: HTTP ${fault.status}.`);
    case 'slow':
      await delay(fault.delayMs, undefined, { signal }).catch(() => {
        throw new SimError(503, 'serviceNotAvailable', 'The simulator is shutting down.');
      });
      return;
    case 'failOperation':
      return;
  }
}
