import type { IncomingMessage } from 'node:http';
import type { BodyBudget } from './body-budget';

export interface BodyLimits {
  /** Largest body one request may send. */
  readonly maxBytes: number;
  /** Time allowed from the handler's start to the body's last byte. */
  readonly timeoutMs: number;
}

/** Why a body was not read to its end; what was read so far is dropped and given back to the budget. */
export type BodyShortfall = 'tooLarge' | 'busy' | 'timeout';

/**
 * Reads a body into memory within `limits`, taking every byte it keeps from the shared `budget` and
 * giving all of it back when it settles. Stops reading (the caller answers and closes the connection)
 * as soon as the body passes `maxBytes`, the budget is spent, or the timeout passes: nothing beyond
 * `maxBytes` is ever held for one request, nor beyond the budget for all of them.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits, budget: BodyBudget): Promise<Buffer | BodyShortfall> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const settle = (): void => {
      clearTimeout(timer);
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
      req.removeListener('close', onClose);
      budget.giveBack(size);
      chunks = [];
    };
    const stop = (why: BodyShortfall): void => {
      settle();
      resolve(why);
    };
    const onData = (chunk: Buffer): void => {
      if (size + chunk.length > limits.maxBytes) return stop('tooLarge');
      if (!budget.take(chunk.length)) return stop('busy');
      size += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      const body = Buffer.concat(chunks);
      settle();
      resolve(body);
    };
    const onError = (error: Error): void => {
      settle();
      reject(error);
    };
    const onClose = (): void => onError(new Error('request closed before its end'));
    const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
    req.once('close', onClose);
  });
}
