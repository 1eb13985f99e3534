import { AppError } from '../../errors/app-error';
import type { Operation, OperationHandle } from '../model';

export interface PollPolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = { initialDelayMs: 250, maxDelayMs: 5000 };

/**
 * Polls an operation until it is terminal, with doubling delays, bounded by `timeoutMs`.
 * `failed` → AppError `graphUnavailable` carrying Graph's statusDetail; out of time → `timeout`.
 */
export async function pollOperation(
  getOperation: (handle: OperationHandle) => Promise<Operation>,
  handle: OperationHandle, timeoutMs: number, policy: PollPolicy, signal?: AbortSignal, service = 'Microsoft Graph',
): Promise<Operation> {
  const deadline = Date.now() + timeoutMs;
  let delay = policy.initialDelayMs;
  for (;;) {
    throwIfAborted(signal);
    const operation = await getOperation(handle);
    if (operation.status === 'succeeded') return operation;
    if (operation.status === 'failed') throw failed(operation, service);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timedOut(handle, timeoutMs);
    await sleep(Math.min(delay, remaining), signal);
    delay = Math.min(delay * 2, policy.maxDelayMs);
  }
}

function failed(operation: Operation, service: string): AppError {
  const detail = operation.statusDetail.trim().slice(0, 300);
  return new AppError('graphUnavailable', {
    userMessage: `The refresh failed in ${service}${detail ? `: ${detail}` : '.'} Try again later.`,
    details: { operationId: operation.id, statusDetail: detail },
  });
}

function timedOut(handle: OperationHandle, timeoutMs: number): AppError {
  return new AppError('timeout', {
    userMessage: `The refresh did not finish within ${Math.round(timeoutMs / 1000)} seconds; it may still complete. Check the alerts again later.`,
    details: { operationId: handle.operationId, timeoutMs },
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('timeout', { userMessage: 'Waiting for the refresh was cancelled.' });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
