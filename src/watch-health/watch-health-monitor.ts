import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import type { HealthTargets } from './health-targets';
import type { OpsConversationStore } from './ops-conversation-store';
import type { PollFaultStore } from './poll-fault-store';
import type { StorageOutageWatch } from './storage-outage-watch';
import type { StoredOutageWatch } from './stored-outage-watch';
import type { UnreadScopesStore } from './unread-scopes-store';
import type { WatchStatus } from './watch-status';

export interface MonitorDeps {
  readonly storage: Storage;
  /** When the watcher last polled successfully (the snapshot's `takenAt`); undefined before the first poll. */
  readonly lastPoll: () => Promise<number | undefined>;
  readonly stored: StoredOutageWatch;
  readonly storageOutage: StorageOutageWatch;
  readonly faults: PollFaultStore;
  readonly ops: OpsConversationStore;
  readonly targets: HealthTargets;
  /** True while this instance leads (runs the poller). */
  readonly leading: () => boolean;
  readonly logger: Logger;
  readonly now: () => number;
  readonly checkMs: number;
  /** The Azure subscriptions' outages (AZURE_ALERT_SCOPES): moved on by the leader, whose polls read them. */
  readonly scopes?: { check(): Promise<void>; forgetPublished(): void };
  /** The leader's unread Azure subscriptions as published (read every check). */
  readonly unreadScopes?: UnreadScopesStore;
}

/**
 * The targets (kept for a storage outage) are listed every check, so a conversation subscribed a minute
 * before storage fails is told too; their references are read again at most this often.
 */
const REFERENCES_MAX_AGE_MS = 10 * 60_000;

/**
 * Runs on every instance (the failing leader may be unable to say it fails): every `checkMs` it pings
 * storage, reads when the watcher last polled successfully and who would be told, and moves the outage on.
 * Reads only; writes (and cards) only when an outage begins or ends. Never throws; a failing check is logged and retried.
 */
export class WatchHealthMonitor {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly startedAt: number;
  private ledAt?: number;
  private lastKnownPoll?: number;
  private targetsReadAt = -Infinity;
  private latest: WatchStatus = { storageReachable: true };

  constructor(private readonly deps: MonitorDeps) {
    this.startedAt = deps.now();
  }

  /** Checks at once (someone asking `watch` right after a start gets an answer, not "not run yet"), then every `checkMs`. */
  start(): void {
    if (this.timer) return;
    const tick = (): void => {
      this.running ??= this.check().finally(() => { this.running = undefined; });
    };
    this.timer = setInterval(tick, this.deps.checkMs);
    tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** The leader lost its lead (e.g. its lease could not be renewed): remembered to pick who tells a storage outage. */
  leadLost(): void {
    this.ledAt = this.deps.now();
  }

  status(): WatchStatus {
    return this.latest;
  }

  async check(): Promise<void> {
    const now = this.deps.now();
    if (this.deps.leading()) this.ledAt = now;
    try {
      await this.deps.storage.ping();
    } catch (error: unknown) {
      this.deps.logger.warn('watch health: storage unreachable', { error });
      this.latest = { ...this.latest, checkedAt: now, storageReachable: false };
      await this.guard(() => this.deps.storageOutage.failed(now, this.lastKnownPoll ?? this.startedAt, this.ledAt, 2 * this.deps.checkMs));
      return;
    }
    await this.guard(() => this.checkStored(now));
  }

  private async checkStored(now: number): Promise<void> {
    const polled = await this.deps.lastPoll();
    const lastPoll = polled ?? this.startedAt;
    this.lastKnownPoll = lastPoll;
    const handedOver = this.deps.storageOutage.answered(now);
    if (handedOver !== undefined) await this.deps.stored.adopt(handedOver);
    const rereadReferences = now - this.targetsReadAt > REFERENCES_MAX_AGE_MS;
    await this.deps.targets.read(!rereadReferences);
    if (rereadReferences) this.targetsReadAt = now;
    const outage = this.deps.storageOutage.holding(now) ? undefined : await this.deps.stored.check(polled, this.startedAt);
    const fault = await this.deps.faults.last();
    const ops = await this.deps.ops.get();
    const leaderUnread = await this.deps.unreadScopes?.read();
    this.latest = {
      checkedAt: now, storageReachable: true, lastPollAt: polled,
      outage: outage ? { fault: outage.fault, since: Date.parse(outage.since) } : undefined,
      lastFault: fault && Date.parse(fault.at) > lastPoll ? fault : undefined,
      operationsConversationId: ops?.conversationId,
      ...(leaderUnread ? { leaderUnread } : {}),
    };
    if (this.deps.scopes && this.deps.leading()) await this.deps.scopes.check();
    else this.deps.scopes?.forgetPublished();
  }

  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error: unknown) {
      this.deps.logger.warn('watch health check failed; retried next check', { error });
    }
  }
}
