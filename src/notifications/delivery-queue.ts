import type { OutgoingMessage } from '../cards/outgoing-message';
import type { ConversationAddress } from './conversation-address';
import type { Logger } from '../logging/logger';
import { systemClock, type Clock } from '../time/clock';
import type { MessageSender, SendResult } from './message-sender';
import { isConversationGone, isConversationPaused, isRetryable, retryDelayMs } from './send-failure-policy';
import { SlidingWindow } from './sliding-window';
import { METRICS, telemetry } from '../telemetry/telemetry';

export interface DeliveryTarget {
  readonly conversationId: string;
  readonly tenantId?: string;
  readonly reference: ConversationAddress;
}

export type DeliveryOutcome =
  | { readonly delivered: true; readonly attempts: number }
  | {
    readonly delivered: false; readonly attempts: number; readonly status: number; readonly code?: string;
    /** The bot can never post there again: forget the conversation. */
    readonly gone: boolean;
    /** The bot may not post there for now (disabled by an admin): pause the conversation. */
    readonly paused: boolean;
  };

export interface DeliveryLimits {
  readonly perConversationPerSecond: number;
  readonly perTenantPerSecond: number;
  readonly maxSendAttempts: number;
  /** Sends awaiting an answer at once; default 50. */
  readonly maxInFlight?: number;
}

/** Called right before each attempt (e.g. to claim the target durably); a failure cancels the send for good (no retry). */
export type BeforeAttempt = (attempt: number) => Promise<void>;

/** The outcome code of a send cancelled because its attempt could not be recorded (or was claimed elsewhere). */
const NOT_RECORDED = 'NotRecorded';

/** Sends are paced at 96% of a limit, spread evenly: network jitter then stays under the service's own window. */
const PACING_MARGIN = 0.96;

function pacedWindow(perSecond: number, burst: number): SlidingWindow {
  const paced = perSecond * PACING_MARGIN;
  return new SlidingWindow(Math.max(1, Math.floor(paced)), 1000, 1000 / paced, burst);
}

interface Job {
  readonly target: DeliveryTarget;
  readonly message: OutgoingMessage;
  readonly beforeAttempt?: BeforeAttempt;
  readonly resolve: (outcome: DeliveryOutcome) => void;
  attempts: number;
  notBefore: number;
}

/**
 * The one paced queue for proactive sends: per conversation and per tenant sliding windows (Teams
 * limits), bounded sends in flight, retries of 429 (Retry-After), 412, 5xx and network errors with
 * backoff, never of 403/404/413. Every send's outcome comes back to its caller.
 */
export class DeliveryQueue {
  private readonly pending: Job[] = [];
  private readonly perConversation: SlidingWindow;
  private readonly perTenant: SlidingWindow;
  private readonly maxInFlight: number;
  private inFlight = 0;
  private pumping = false;
  private wake?: () => void;

  constructor(
    private readonly sender: MessageSender,
    private readonly limits: DeliveryLimits,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
    private readonly random: () => number = Math.random,
  ) {
    this.perConversation = pacedWindow(limits.perConversationPerSecond, 1);
    this.perTenant = pacedWindow(limits.perTenantPerSecond, 2);
    this.maxInFlight = limits.maxInFlight ?? 50;
  }

  send(target: DeliveryTarget, message: OutgoingMessage, beforeAttempt?: BeforeAttempt): Promise<DeliveryOutcome> {
    return new Promise((resolve) => {
      this.pending.push({ target, message, beforeAttempt, resolve, attempts: 0, notBefore: 0 });
      this.signal();
      if (!this.pumping) void this.pump();
    });
  }

  /** Sends queued or awaiting an answer. */
  get size(): number {
    return this.pending.length + this.inFlight;
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    while (this.pending.length > 0 || this.inFlight > 0) {
      const now = this.clock.now();
      const next = this.inFlight < this.maxInFlight ? this.takeReady(now) : Infinity;
      if (typeof next !== 'number') this.dispatch(next, now);
      else await this.waitUntil(next, now);
    }
    this.pumping = false;
  }

  /** The first job allowed to go now, or the earliest time one will be. */
  private takeReady(now: number): Job | number {
    let earliest = Infinity;
    const tenantFree = new Map<string, number>();
    for (const [index, job] of this.pending.entries()) {
      const tenant = job.target.tenantId ?? '';
      if (!tenantFree.has(tenant)) tenantFree.set(tenant, this.perTenant.nextFreeAt(tenant, now));
      const at = Math.max(job.notBefore, tenantFree.get(tenant) as number, this.perConversation.nextFreeAt(job.target.conversationId, now));
      if (at <= now) return this.pending.splice(index, 1)[0] as Job;
      earliest = Math.min(earliest, at);
    }
    return earliest;
  }

  private async waitUntil(time: number, now: number): Promise<void> {
    const woken = new Promise<void>((resolve) => (this.wake = resolve));
    const timer = new AbortController();
    const waits = Number.isFinite(time) ? [woken, this.clock.sleep(time - now, timer.signal)] : [woken];
    await Promise.race(waits);
    timer.abort();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private dispatch(job: Job, now: number): void {
    this.perConversation.record(job.target.conversationId, now);
    this.perTenant.record(job.target.tenantId ?? '', now);
    this.inFlight += 1;
    job.attempts += 1;
    void this.attempt(job).finally(() => {
      this.inFlight -= 1;
      this.signal();
    });
  }

  private async attempt(job: Job): Promise<void> {
    const result = await this.trySend(job);
    if (!result.ok && result.status === 429) telemetry().count(METRICS.throttled, { source: 'teams' });
    if (result.ok) {
      telemetry().count(METRICS.sends, { outcome: 'delivered' });
      return job.resolve({ delivered: true, attempts: job.attempts });
    }
    if (result.code !== NOT_RECORDED && isRetryable(result) && job.attempts < this.limits.maxSendAttempts) {
      job.notBefore = this.clock.now() + retryDelayMs(result, job.attempts, this.random);
      this.logger.debug('send retry', { conversationId: job.target.conversationId, status: result.status, attempt: job.attempts });
      this.pending.unshift(job);
      return;
    }
    telemetry().count(METRICS.sends, { outcome: 'failed', status: result.status });
    job.resolve({
      delivered: false, attempts: job.attempts, status: result.status, code: result.code,
      gone: isConversationGone(result), paused: isConversationPaused(result),
    });
  }

  private async trySend(job: Job): Promise<SendResult> {
    try {
      await job.beforeAttempt?.(job.attempts);
    } catch (error: unknown) {
      this.logger.error('send cancelled: could not record the attempt', { conversationId: job.target.conversationId, error });
      return { ok: false, status: 0, code: NOT_RECORDED };
    }
    try {
      return await telemetry().span('teams send', { 'pim.attempt': job.attempts }, () => this.sender.send(job.target.reference, job.message));
    } catch (error: unknown) {
      this.logger.warn('sender threw instead of returning a failure; treated as no answer', { conversationId: job.target.conversationId, error });
      return { ok: false, status: 0 };
    }
  }
}
