import { setTimeout as delay } from 'node:timers/promises';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Stops waiting early (e.g. the process being waited for died). */
  readonly signal?: AbortSignal;
}

/** Polls `url` with GET until it answers 2xx; throws naming `what` after `timeoutMs`. */
export async function waitForHttpOk(url: string, what: string, options: WaitOptions): Promise<void> {
  await waitUntil(() => isHttpOk(url), what, options);
}

/** True when GET `url` answers 2xx within 2 s; false when it answers otherwise or nothing listens yet. */
export async function isHttpOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false; // not listening (yet)
  }
}

/** Calls `probe` every `intervalMs` until it returns true; throws after `timeoutMs` or when aborted. */
export async function waitUntil(probe: () => Promise<boolean>, what: string, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (options.signal?.aborted) throw new Error(`stopped waiting for ${what}: ${String(options.signal.reason)}`);
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${Math.round(options.timeoutMs / 1000)} s`);
    await delay(options.intervalMs ?? 200);
  }
}
