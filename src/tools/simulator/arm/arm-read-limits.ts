import { SimError } from '../http/sim-error';

/** A read token bucket as Resource Manager documents it: `bucketSize` tokens, `refillPerSecond` back each second. */
export interface ReadLimitSettings {
  readonly bucketSize: number;
  readonly refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const SUBSCRIPTION_PATH = /^\/subscriptions\/([0-9a-fA-F-]{36})(\/|$)/;

/**
 * Resource Manager's read throttling, acted out when switched on (`PUT /_simulator/azure/read-limits`): one bucket per
 * subscription for `/subscriptions/{id}/…` reads and one tenant bucket for the rest (`GET /subscriptions`). Each read
 * takes a token and answers `x-ms-ratelimit-remaining-subscription-reads` / `-tenant-reads`; an empty bucket answers 429
 * `TooManyRequests` with `Retry-After` (whole seconds until a token is back). Off by default: no headers.
 */
export class ArmReadLimits {
  private settings?: ReadLimitSettings;
  private readonly buckets = new Map<string, Bucket>();

  configure(settings: ReadLimitSettings | undefined): void {
    this.settings = settings;
    this.buckets.clear();
  }

  current(): ReadLimitSettings | undefined {
    return this.settings;
  }

  /** Takes one read token for `pathname` at `now`: the headers to answer with, or throws the 429. */
  take(pathname: string, now: number): Readonly<Record<string, string>> {
    const settings = this.settings;
    if (!settings) return {};
    const subscriptionId = SUBSCRIPTION_PATH.exec(pathname)?.[1]?.toLowerCase();
    const header = subscriptionId ? 'x-ms-ratelimit-remaining-subscription-reads' : 'x-ms-ratelimit-remaining-tenant-reads';
    const bucket = this.refilled(subscriptionId ?? 'tenant', settings, now);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / settings.refillPerSecond));
      throw new SimError(429, 'TooManyRequests', `The request is being throttled. Retry after ${retryAfter} seconds.`, { 'Retry-After': String(retryAfter), [header]: '0' });
    }
    bucket.tokens -= 1;
    return { [header]: String(Math.floor(bucket.tokens)) };
  }

  private refilled(key: string, settings: ReadLimitSettings, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: settings.bucketSize, at: now };
    bucket.tokens = Math.min(settings.bucketSize, bucket.tokens + ((now - bucket.at) / 1000) * settings.refillPerSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
