import type { Clock } from '../../time/clock';

/**
 * How the Azure scopes are read in one `listAlerts`. Interactive reads (someone waits for a card) go out together, a few
 * at a time. The watcher's reads are staggered: one request per scope per poll, started `spacingMs(n)` apart, so the
 * scopes are spread over the first half of the poll interval (at most one start per `maxSpacingMs`), never all at once.
 */
export interface ScopePacing {
  readonly clock: Clock;
  /** Milliseconds between two scope reads for `n` scopes; 0 = no staggering. */
  spacingMs(n: number): number;
  /** How many scope reads may be in flight at once when not staggered. */
  readonly concurrency: number;
}

export function interactivePacing(clock: Clock): ScopePacing {
  return { clock, spacingMs: () => 0, concurrency: 8 };
}

/** Spread `n` reads over half of `intervalMs`, at most `maxSpacingMs` apart (a few scopes need not wait long). */
export function staggeredPacing(clock: Clock, intervalMs: number, maxSpacingMs = 2000): ScopePacing {
  return { clock, spacingMs: (n) => (n <= 1 ? 0 : Math.min(maxSpacingMs, Math.floor(intervalMs / 2 / n))), concurrency: 8 };
}

/** Runs `read` for every item as the pacing says; resolves with every outcome in order (never rejects). */
export async function readPaced<T, R>(items: readonly T[], pacing: ScopePacing, read: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const spacing = pacing.spacingMs(items.length);
  if (spacing > 0) {
    const started: Promise<R>[] = [];
    for (const [index, item] of items.entries()) {
      if (index > 0) await pacing.clock.sleep(spacing);
      started.push(read(item));
      started[index]?.catch(() => undefined);
    }
    return Promise.allSettled(started);
  }
  const results: PromiseSettledResult<R>[] = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await read(items[index] as T).then(
        (value): PromiseSettledResult<R> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseSettledResult<R> => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(pacing.concurrency, items.length) }, worker));
  return results;
}
