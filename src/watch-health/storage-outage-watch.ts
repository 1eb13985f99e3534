import type { AdviceContext } from './fault-advice';
import type { HealthAnnouncer } from './health-announcer';
import { renderWatchDown } from './render-health-card';

export interface StorageOutageDeps {
  readonly announcer: HealthAnnouncer;
  readonly advice: AdviceContext;
  readonly alertAfterMs: number;
  /** Stored outage checks wait this long after storage answers again (the new leader's first poll comes first). */
  readonly graceMs: number;
}

/**
 * Storage unreachable: nothing can be stored or claimed, so the outage lives in memory, and only the
 * instance that led when storage failed tells it (every instance notices; the leader loses its lease
 * within seconds, so "led at or after the failure began" picks one). Once storage answers, the outage is
 * handed to the stored path (announced already), which says "watching again" after the next good poll.
 * A restart while storage is down forgets this (the restarted instance never led during the outage,
 * so it stays silent).
 */
export class StorageOutageWatch {
  private failingSince?: number;
  private answeredAt?: number;
  /** The outage this instance told: the last successful poll it knew of, and when storage was first seen failing. */
  private told?: { readonly since: number; readonly failingSince: number };

  constructor(private readonly deps: StorageOutageDeps) {}

  /** A failed ping. `ledAt`: when this instance last led (undefined: never). */
  async failed(now: number, lastKnownPoll: number, ledAt: number | undefined, windowMs: number): Promise<void> {
    this.failingSince ??= now;
    this.answeredAt = undefined;
    if (this.told !== undefined || now - lastKnownPoll < this.deps.alertAfterMs) return;
    if (ledAt === undefined || ledAt < this.failingSince - windowMs) return;
    this.told = { since: lastKnownPoll, failingSince: this.failingSince };
    await this.deps.announcer.announceUnstored('down', renderWatchDown('storage', lastKnownPoll, now, this.deps.advice));
  }

  /**
   * A good ping. Returns the storage outage this instance told, once (then forgotten here): the caller
   * stores it as an announced outage, so its "watching again" card follows the stored path.
   */
  answered(now: number): { readonly since: number; readonly failingSince: number } | undefined {
    if (this.failingSince !== undefined) this.answeredAt = now;
    this.failingSince = undefined;
    const told = this.told;
    this.told = undefined;
    return told;
  }

  /** True while the stored outage path must wait: storage failing, or just back (the new leader's first poll comes first). */
  holding(now: number): boolean {
    if (this.failingSince !== undefined) return true;
    return this.answeredAt !== undefined && now - this.answeredAt < this.deps.graceMs;
  }
}
