import type { Logger } from '../logging/logger';
import { runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';

/** How long one readiness result is reused: /readyz is unauthenticated, so it must not drive storage traffic either. */
export const READINESS_CACHE_MS = 30_000;

export interface CachedReadinessOptions {
  readonly logger: Logger;
  readonly cacheMs?: number;
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

/**
 * The readiness checks behind /readyz, run at most once per `cacheMs` however often it is asked:
 * concurrent callers share one in-flight run, later ones get the cached result until it expires.
 * A failed run is logged with each check's error; callers get only the verdict.
 */
export class CachedReadiness {
  private latest: { readonly at: number; readonly report: ReadinessReport } | undefined;
  private inFlight: Promise<ReadinessReport> | undefined;

  constructor(private readonly checks: readonly ReadinessCheck[], private readonly options: CachedReadinessOptions) {}

  report(): Promise<ReadinessReport> {
    const now = this.now();
    if (this.latest && now - this.latest.at < (this.options.cacheMs ?? READINESS_CACHE_MS)) return Promise.resolve(this.latest.report);
    this.inFlight ??= this.evaluate().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async evaluate(): Promise<ReadinessReport> {
    const report = await runReadinessChecks(this.checks, this.options.timeoutMs);
    this.latest = { at: this.now(), report };
    if (!report.ready) this.options.logger.warn('not ready', { checks: report.checks });
    return report;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
