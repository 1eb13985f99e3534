import type { Logger } from '../logging/logger';
import type { Fencing } from '../storage/fencing';
import type { LeaderLease } from './leader-lease';
import { LEADER_NAMESPACES, type Leadership } from './leadership';

export interface LeaseTiming {
  /** Lease length (Azure Blob leases: 15-60 s). */
  readonly leaseSeconds: number;
  /** How often the leader renews and a follower tries to acquire. */
  readonly renewMs: number;
  /** The lead counts as lost this long before the lease could expire (clock drift, slow requests). */
  readonly safetyMs: number;
}

export const LEASE_TIMING: LeaseTiming = { leaseSeconds: 15, renewMs: 5000, safetyMs: 2000 };

/**
 * Leader election on an expiring lease. A follower tries to acquire it every `renewMs`; once it has
 * it, it raises the fencing epoch and leads. The leader renews every `renewMs` and stops leading the
 * moment a renewal fails or its last good renewal is too old (e.g. the process was paused), before the
 * lease can expire and another instance take over.
 */
export class LeaseLeadership implements Leadership {
  private epoch: number | undefined;
  /** When the request behind the last successful acquire/renew was sent. */
  private renewedAt = 0;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly listeners: ((leading: boolean) => void)[] = [];

  constructor(
    readonly instanceId: string,
    private readonly lease: LeaderLease,
    private readonly fencing: Fencing,
    private readonly logger: Logger,
    private readonly timing: LeaseTiming = LEASE_TIMING,
    private readonly now: () => number = Date.now,
  ) {}

  currentEpoch(): number | undefined {
    if (this.epoch !== undefined && !this.fresh()) this.lose('lease not renewed in time');
    return this.epoch;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.tick();
    await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    if (this.epoch === undefined) return;
    this.lose('stopping');
    await this.lease.release();
  }

  onChange(listener: (leading: boolean) => void): void {
    this.listeners.push(listener);
  }

  private async tick(): Promise<void> {
    try {
      if (this.epoch !== undefined) await this.renew();
      else await this.campaign();
    } catch (error: unknown) {
      this.logger.warn('leader lease request failed', { error, leading: this.epoch !== undefined });
      if (this.epoch !== undefined && !this.fresh()) this.lose('lease could not be renewed');
    }
    if (!this.stopped) this.timer = setTimeout(() => void (this.running = this.tick()), this.timing.renewMs);
  }

  private async campaign(): Promise<void> {
    const sentAt = this.now();
    if (!(await this.lease.acquire(this.timing.leaseSeconds))) return;
    try {
      const epoch = await this.fencing.raiseEpoch(this.instanceId, LEADER_NAMESPACES);
      this.renewedAt = sentAt;
      this.epoch = epoch;
    } catch (error: unknown) {
      await this.lease.release();
      throw error;
    }
    this.logger.info('elected leader: this instance runs the poller', { instanceId: this.instanceId, epoch: this.epoch });
    for (const listener of this.listeners) listener(true);
  }

  private async renew(): Promise<void> {
    if (!this.fresh()) return this.lose('lease expired before it could be renewed');
    const sentAt = this.now();
    if (await this.lease.renew()) this.renewedAt = sentAt;
    else this.lose('lease lost to another instance');
  }

  private fresh(): boolean {
    return this.now() - this.renewedAt < this.timing.leaseSeconds * 1000 - this.timing.safetyMs;
  }

  private lose(reason: string): void {
    if (this.epoch === undefined) return;
    this.logger.warn('leadership lost: the poller stops here', { instanceId: this.instanceId, epoch: this.epoch, reason });
    this.epoch = undefined;
    for (const listener of this.listeners) listener(false);
  }
}
