import { AppError, isAppError } from '../../errors/app-error';
import { readJsonBody } from '../../http/json-body';
import { retryAfterMs } from '../../http/retry-after';
import { retryWithinBudget, type RetryPolicy } from '../../http/retry-within-budget';
import type { Logger } from '../../logging/logger';
import type { ServiceAnswer, ServiceCall } from '../service-call';
import { mapArmFailure, mapArmThrown } from './arm-error-mapper';
import { RateLimitGauge } from './rate-limit-gauge';
import { subscriptionOfPath, type ReadPacer } from './read-pacer';

/** A Resource Manager call: its `path` is below the base URL with its query (already encoded), or an absolute URL the service gave (nextLink, Location). */
export type ArmCall = ServiceCall;
export type ArmAnswer = ServiceAnswer;

export interface ArmTransportSettings {
  /** `https://management.azure.com` (or a national cloud's, or the simulator), no trailing slash. */
  readonly baseUrl: string;
  readonly requestTimeoutMs: number;
  readonly retry: RetryPolicy;
  /** A bearer token for Resource Manager, or null (the loopback simulator). */
  readonly token: () => Promise<string | null>;
  readonly fetch?: typeof fetch;
  /** Slows reads when Resource Manager says a read bucket runs low (`x-ms-ratelimit-remaining-*-reads`); none: never paced. */
  readonly pacer?: ReadPacer;
}

/** Below this many remaining reads (`x-ms-ratelimit-remaining-*-reads`) the transport warns. */
const LOW_READS = 100;

/**
 * Sends Resource Manager calls with the Graph client's rules: the same retries within the call's time budget
 * (`retryWithinBudget`), a per-attempt timeout, and every failure an AppError. URLs the service hands back (nextLink,
 * Location) are followed only on the configured origin. Reads `x-ms-ratelimit-remaining-*`; with a pacer, a read waits while its
 * bucket is low (read-pacer.ts).
 */
export class ArmTransport {
  readonly rateLimits = new RateLimitGauge();
  private readonly origin: string;
  private lastLowWarning = Number.NEGATIVE_INFINITY;

  constructor(private readonly settings: ArmTransportSettings, private readonly logger: Logger) {
    this.origin = new URL(settings.baseUrl).origin;
  }

  async send(call: ArmCall): Promise<ArmAnswer> {
    const url = this.urlOf(call.path);
    const labels = { source: 'arm', fields: { operation: call.operation } } as const;
    const response = await retryWithinBudget(this.settings.retry, this.logger, labels, () => this.attempt(call, url));
    const requestId = response.headers.get('x-ms-request-id') ?? undefined;
    const body = await readJsonBody(response).catch(() => undefined);
    if (!response.ok) throw mapArmFailure({ status: response.status, method: call.method, body, requestId, operation: call.operation, badRequestCode: call.badRequestCode });
    return { status: response.status, headers: response.headers, body };
  }

  /** Resource Manager's remaining read allowance, when it sends one, logged once it runs low (at most once a minute). */
  private warnIfLow(): void {
    const reads = this.rateLimits.lowestReads();
    const now = this.settings.retry.clock.now();
    if (reads === undefined || reads >= LOW_READS || now - this.lastLowWarning < 60_000) return;
    this.lastLowWarning = now;
    this.logger.warn('Azure Resource Manager read allowance is running low; consider a longer POLL_INTERVAL_SECONDS', { remaining: this.rateLimits.snapshot() });
  }

  /** A relative path joined to the base URL, or an absolute URL on the same origin; anything else is refused. */
  private urlOf(path: string): URL {
    const url = new URL(path.startsWith('/') ? `${this.settings.baseUrl}${path}` : path);
    if (url.origin !== this.origin) {
      throw new AppError('graphUnavailable', {
        userMessage: 'Azure Resource Manager answered with a link to another host; the bot does not follow it.',
        details: { host: url.host.slice(0, 200) },
      });
    }
    return url;
  }

  /** One request (a read first waits when its bucket ran low); its rate-limit headers read and its outcome logged (no body, no query). */
  private async attempt(call: ArmCall, url: URL): Promise<Response> {
    const scope = subscriptionOfPath(url.pathname);
    if (call.method === 'GET') await this.settings.pacer?.beforeRead(scope);
    const response = await this.fetch(call, url);
    const throttledFor = response.status === 429 ? retryAfterMs(response.headers.get('Retry-After'), this.settings.retry.clock.now()) : undefined;
    this.settings.pacer?.observe(scope, response.headers, throttledFor);
    this.rateLimits.read(response.headers);
    this.warnIfLow();
    const requestId = response.headers.get('x-ms-request-id') ?? undefined;
    this.logger.debug('arm call', { operation: call.operation, method: call.method, path: url.pathname, status: response.status, requestId });
    return response;
  }

  private async fetch(call: ArmCall, url: URL): Promise<Response> {
    try {
      const token = await this.settings.token();
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (call.body !== undefined) headers['Content-Type'] = 'application/json';
      return await (this.settings.fetch ?? fetch)(url, {
        method: call.method, headers, signal: AbortSignal.timeout(this.settings.requestTimeoutMs),
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
    } catch (error) {
      if (isAppError(error)) throw error;
      this.logger.warn('arm call failed', { operation: call.operation, method: call.method, error });
      throw mapArmThrown(error, call.operation);
    }
  }
}
