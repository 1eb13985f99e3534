import type { Logger } from '../../logging/logger';
import type { Clock } from '../../time/clock';

export interface ReadPacerSettings {
  readonly clock: Clock;
  /** Remaining reads at or below which the next read of that bucket waits (AZURE_READ_RESERVE). */
  readonly reserve: number;
  /** Tokens a read bucket gains per second; default Resource Manager's documented 25 (subscription and tenant reads). */
  readonly refillPerSecond?: number;
  /** Longest single wait; default 10 s. */
  readonly maxWaitMs?: number;
}

/** Resource Manager's token buckets: reads refill 25 a second, the global subscription bucket 15 times that. */
const DOCUMENTED_REFILL_PER_SECOND = 25;
const GLOBAL_FACTOR = 15;
const REMAINING = /^x-ms-ratelimit-remaining-(subscription|tenant)-(global-)?(reads|resource-entities-read|resource-requests)$/;
const TENANT = 'tenant';

/**
 * Slows Resource Manager reads before they are throttled. Every answer carries what is left in its read buckets
 * (`x-ms-ratelimit-remaining-subscription-reads`, `-subscription-global-reads`, `-tenant-reads`, …). Once one is at or
 * below the reserve, the next read of that bucket (the same subscription's, or any read for a tenant bucket) waits as long
 * as the bucket needs to refill above the reserve at Resource Manager's documented rate, so a burst settles at the refill
 * rate instead of running into 429s. A 429 with `Retry-After` holds that subscription's other reads too.
 */
export class ReadPacer {
  private readonly notBefore = new Map<string, number>();

  constructor(private readonly settings: ReadPacerSettings, private readonly logger: Logger) {}

  /** Waits, if a bucket this read draws from ran low; `scope` is the subscription id of the path, or undefined. */
  async beforeRead(scope: string | undefined): Promise<void> {
    const { clock } = this.settings;
    const until = Math.max(this.notBefore.get(scope ?? TENANT) ?? 0, this.notBefore.get(TENANT) ?? 0);
    const waitMs = Math.min(until - clock.now(), this.settings.maxWaitMs ?? 10_000);
    if (waitMs <= 0) return;
    this.logger.debug('arm read paced', { subscriptionId: scope, waitMs });
    await clock.sleep(waitMs);
  }

  /** Reads the remaining-read headers (and a 429's Retry-After) of one answer for `scope`. */
  observe(scope: string | undefined, headers: Headers, retryAfterMs?: number): void {
    const now = this.settings.clock.now();
    if (retryAfterMs !== undefined) this.hold(scope ?? TENANT, now + retryAfterMs);
    headers.forEach((value, name) => {
      const match = REMAINING.exec(name.toLowerCase());
      const remaining = Number.parseInt(value, 10);
      if (!match || !Number.isFinite(remaining) || remaining > this.settings.reserve) return;
      const refill = (this.settings.refillPerSecond ?? DOCUMENTED_REFILL_PER_SECOND) * (match[2] ? GLOBAL_FACTOR : 1);
      const waitMs = Math.ceil(((this.settings.reserve + 1 - Math.max(0, remaining)) / refill) * 1000);
      this.hold(match[1] === 'tenant' ? TENANT : scope ?? TENANT, now + waitMs);
    });
  }

  private hold(key: string, until: number): void {
    if (until > (this.notBefore.get(key) ?? 0)) this.notBefore.set(key, until);
  }
}

/** The subscription a Resource Manager path is about (`/subscriptions/{id}/…`), lower case; undefined for tenant-level paths. */
export function subscriptionOfPath(pathname: string): string | undefined {
  const match = /^\/subscriptions\/([0-9a-fA-F-]{36})(\/|$)/.exec(pathname);
  return match?.[1]?.toLowerCase();
}
