import type { ScopeReadFailure } from '../pim/sources/scope-read-failures';
import type { Storage } from '../storage/storage';
import type { HealthAnnouncer } from './health-announcer';
import { OutageStore, type OutageRecord } from './outage-store';
import { renderScopeDown, renderScopeRecovered } from './render-scope-health-card';
import type { UnreadScopesStore } from './unread-scopes-store';
import { faultOfFailure } from './watch-fault';

/** An Azure subscription's outage: the watcher's outage record, with the subscription it is about. */
export interface ScopeOutageRecord extends OutageRecord {
  readonly subscriptionId: string;
  readonly displayName: string;
}

/** What the leader's reads know of the Azure subscriptions (ScopeReadFailures). */
export interface ScopeReads {
  current(): readonly ScopeReadFailure[];
  readAt(subscriptionId: string): number | undefined;
}

export interface ScopeOutageDeps {
  /** The plain storage (eTag-checked writes, as the watcher's outage). */
  readonly storage: Storage;
  readonly reads: ScopeReads;
  /** An announcer claiming its cards in `outages`. */
  readonly announcerFor: (outages: OutageStore) => HealthAnnouncer;
  readonly now: () => number;
  /** Time a subscription stays unread before its card (WATCH_HEALTH_ALERT_MINUTES, as for the watcher). */
  readonly alertAfterMs: number;
  /** Where the leader publishes its unread subscriptions for the other instances (fenced writes), when they change. */
  readonly published?: UnreadScopesStore;
}

const RECORD_PREFIX = 'watch-health/scope/';
const SENT_PREFIX = 'watch-health/scope-sent/';

/**
 * Run by the leader after each health check (its polls read every subscription): a subscription unread for
 * `alertAfterMs` gets one card per conversation, and one more when a later read succeeds. One stored record per
 * subscription, moved on by compare-and-swap and claimed per conversation like the watcher's outage, so a restart
 * or a new leader neither repeats a card nor forgets to say "again".
 */
export class ScopeOutageWatch {
  private publishedText?: string;

  constructor(private readonly deps: ScopeOutageDeps) {}

  async check(): Promise<void> {
    const now = this.deps.now();
    const unread = this.deps.reads.current();
    await this.publish(unread, now);
    for (const failure of unread) if (now - failure.since >= this.deps.alertAfterMs) await this.down(failure, now);
    const stored = await this.deps.storage.list<ScopeOutageRecord>(RECORD_PREFIX);
    for (const item of stored) {
      if (unread.some((failure) => failure.subscriptionId === item.value.subscriptionId)) continue;
      await this.recover(item.value, item.etag);
    }
  }

  private async down(failure: ScopeReadFailure, now: number): Promise<void> {
    const outages = this.store(failure.subscriptionId);
    const stored = await outages.load();
    const open = stored?.value as ScopeOutageRecord | undefined;
    if (stored && open && !open.recoveredAt) {
      if (!open.announced) await this.announceDown(outages, open, stored.etag, failure, now);
      return;
    }
    const declared: ScopeOutageRecord = {
      since: new Date(failure.since).toISOString(), fault: faultOfFailure(failure.code, failure.status), declaredAt: new Date(now).toISOString(), announced: false,
      subscriptionId: failure.subscriptionId, displayName: failure.displayName,
    };
    const etag = await outages.swap(declared, stored?.etag ?? null);
    if (etag === undefined) return;
    await outages.pruneClaims(declared);
    await this.announceDown(outages, declared, etag, failure, now);
  }

  /** Ends an open outage once this instance read the subscription after it was declared (a new leader's first poll decides). */
  private async recover(outage: ScopeOutageRecord, etag: string): Promise<void> {
    const outages = this.store(outage.subscriptionId);
    if (outage.recoveredAt) {
      if (!outage.recoveryAnnounced) await this.announceRecovery(outages, outage, etag);
      return;
    }
    const readAt = this.deps.reads.readAt(outage.subscriptionId);
    if (readAt === undefined || readAt <= Date.parse(outage.declaredAt)) return;
    const recovered: ScopeOutageRecord = { ...outage, recoveredAt: new Date(readAt).toISOString() };
    const next = await outages.swap(recovered, etag);
    if (next !== undefined) await this.announceRecovery(outages, recovered, next);
  }

  private async announceDown(outages: OutageStore, outage: ScopeOutageRecord, etag: string, failure: ScopeReadFailure, now: number): Promise<void> {
    const message = renderScopeDown(failure, Date.parse(outage.since), now, this.deps.reads.readAt(failure.subscriptionId));
    await this.deps.announcerFor(outages).announce(outage, 'down', message);
    await outages.swap({ ...outage, announced: true }, etag);
  }

  private async announceRecovery(outages: OutageStore, outage: ScopeOutageRecord, etag: string): Promise<void> {
    const message = renderScopeRecovered(outage.displayName, Date.parse(outage.since), Date.parse(outage.recoveredAt ?? outage.since));
    await this.deps.announcerFor(outages).announce(outage, 'recovered', message);
    await outages.swap({ ...outage, recoveryAnnounced: true }, etag);
  }

  /** Writes the list when it changed since this instance last wrote it (and once after it took the lead). */
  private async publish(unread: readonly ScopeReadFailure[], now: number): Promise<void> {
    const text = JSON.stringify(unread);
    if (!this.deps.published || text === this.publishedText) return;
    await this.deps.published.publish(unread, now);
    this.publishedText = text;
  }

  /** Not leading: forgets what it wrote, so a later lead writes again (another leader may have written since). */
  forgetPublished(): void {
    this.publishedText = undefined;
  }

  private store(subscriptionId: string): OutageStore {
    return new OutageStore(this.deps.storage, { record: `${RECORD_PREFIX}${subscriptionId}`, sentPrefix: `${SENT_PREFIX}${subscriptionId}/` });
  }
}
