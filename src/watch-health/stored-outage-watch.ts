import type { AdviceContext } from './fault-advice';
import type { HealthAnnouncer } from './health-announcer';
import type { OutageRecord, OutageStore } from './outage-store';
import type { PollFaultStore } from './poll-fault-store';
import { renderWatchDown, renderWatchRecovered } from './render-health-card';
import type { WatchFault } from './watch-fault';

export interface StoredOutageDeps {
  readonly outages: OutageStore;
  readonly faults: PollFaultStore;
  readonly announcer: HealthAnnouncer;
  /** Alerts whose incidents rose (a broadcast was recorded) after `since`. */
  readonly risesSince: (since: number) => Promise<number>;
  readonly advice: AdviceContext;
  readonly now: () => number;
  /** Time without a successful poll before the down card. */
  readonly alertAfterMs: number;
  /** A poll failure older than this no longer explains the outage: nobody is polling any more. */
  readonly faultFreshMs: number;
}

/**
 * The outage as stored (storage reachable): declared once `alertAfterMs` passed since the last
 * successful poll, recovered by the first successful poll after it. Any instance may move it on, by
 * compare-and-swap, and whoever moves it (or finds a move half told) posts the cards, claimed per
 * conversation. Hysteresis: going down takes `alertAfterMs` without one success; coming back takes one
 * success; so a flaky Graph (some polls succeed) never declares, and cards come at most one pair per outage.
 */
export class StoredOutageWatch {
  constructor(private readonly deps: StoredOutageDeps) {}

  /**
   * One check against the last successful poll (undefined: none yet, counted from `watchingSince`, when
   * this instance started); the open outage after it, if any.
   */
  async check(polled: number | undefined, watchingSince: number): Promise<OutageRecord | undefined> {
    const stored = await this.deps.outages.load();
    const outage = stored?.value;
    const lastPoll = polled ?? watchingSince;
    if (stored && outage && !outage.recoveredAt) {
      if (polled !== undefined && polled > Date.parse(outage.recoverAfter ?? outage.since)) return this.recover(outage, stored.etag, polled);
      if (!outage.announced) await this.announceDown(outage, stored.etag);
      return outage;
    }
    if (stored && outage?.recoveredAt && !outage.recoveryAnnounced) await this.announceRecovery(outage, stored.etag);
    const now = this.deps.now();
    if (now - lastPoll < this.deps.alertAfterMs) return undefined;
    const declared: OutageRecord = { since: iso(lastPoll), fault: await this.diagnose(lastPoll, now), declaredAt: iso(now), announced: false };
    const etag = await this.deps.outages.swap(declared, stored?.etag ?? null);
    if (etag === undefined) return undefined;
    await this.deps.outages.pruneClaims(declared);
    await this.announceDown(declared, etag);
    return declared;
  }

  /** Takes over an outage told without storage (storage unreachable): stored as announced, unless one is open already. */
  async adopt(told: { readonly since: number; readonly failingSince: number }): Promise<void> {
    const stored = await this.deps.outages.load();
    if (stored && !stored.value.recoveredAt) return;
    const outage: OutageRecord = { since: iso(told.since), recoverAfter: iso(told.failingSince), fault: 'storage', declaredAt: iso(this.deps.now()), announced: true };
    if ((await this.deps.outages.swap(outage, stored?.etag ?? null)) !== undefined) await this.deps.outages.pruneClaims(outage);
  }

  /** The poller's last recorded failure after the last success, if recent; else nobody is polling. */
  private async diagnose(lastPoll: number, now: number): Promise<WatchFault> {
    const fault = await this.deps.faults.last();
    if (!fault) return 'noLeader';
    const at = Date.parse(fault.at);
    return at > lastPoll && now - at <= this.deps.faultFreshMs ? fault.fault : 'noLeader';
  }

  private async announceDown(outage: OutageRecord, etag: string): Promise<void> {
    const message = renderWatchDown(outage.fault, Date.parse(outage.since), this.deps.now(), this.deps.advice);
    await this.deps.announcer.announce(outage, 'down', message);
    await this.deps.outages.swap({ ...outage, announced: true }, etag);
  }

  private async recover(outage: OutageRecord, etag: string, lastPoll: number): Promise<undefined> {
    const recovered: OutageRecord = { ...outage, recoveredAt: iso(lastPoll), rises: await this.deps.risesSince(Date.parse(outage.since)) };
    const next = await this.deps.outages.swap(recovered, etag);
    if (next !== undefined) await this.announceRecovery(recovered, next);
    return undefined;
  }

  private async announceRecovery(outage: OutageRecord, etag: string): Promise<void> {
    const message = renderWatchRecovered(Date.parse(outage.since), Date.parse(outage.recoveredAt ?? outage.since), outage.rises ?? 0);
    await this.deps.announcer.announce(outage, 'recovered', message);
    await this.deps.outages.swap({ ...outage, recoveryAnnounced: true }, etag);
  }
}

function iso(time: number): string {
  return new Date(time).toISOString();
}
