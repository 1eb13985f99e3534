import type { OutgoingMessage } from '../cards/outgoing-message';
import type { Logger } from '../logging/logger';
import type { NotificationAnnouncement } from './announcement';
import type { BroadcastRecord, BroadcastStore } from './broadcast-store';
import type { ConversationStore } from './conversation-store';
import type { DeliveryOutcome, DeliveryQueue } from './delivery-queue';

export interface BroadcastReport {
  readonly broadcastId: string;
  readonly delivered: number;
  /** Targets already settled by an earlier run (delivered, failed or unknown): not sent again. */
  readonly skipped: number;
  readonly failed: readonly { readonly conversationId: string; readonly status: number; readonly code?: string }[];
  readonly purged: readonly string[];
  /** Conversations paused (an admin disabled the bot there): skipped unsent, or paused by this run's send. */
  readonly paused: readonly string[];
}

/** How long a completed broadcast (and its per-target delivery records) is kept. */
export const BROADCAST_RETENTION_MS = 30 * 86_400_000;

/** What becomes of a conversation a send proved unreachable. */
export interface UnreachableConversations {
  /** For good (the bot was removed, the user blocked it): drop it and its subscription. */
  forget(conversationId: string, reason: string): Promise<void>;
  /** For now (an admin disabled the bot): keep the subscription, post nothing until someone there talks to the bot. */
  pause(conversationId: string, reason: string): Promise<void>;
}


/** A target another run (an old or new leader) had claimed: not sent by this one. */
const CLAIMED_ELSEWHERE = 'claimed-elsewhere';
/** A target whose conversation is paused: not sent, not claimed (a later broadcast tries again once it is unpaused). */
const PAUSED = 'paused';
type TargetOutcome = DeliveryOutcome | typeof CLAIMED_ELSEWHERE | typeof PAUSED;

/**
 * Sends one notification to many conversations at most once each, across restarts and instances: the
 * broadcast is stored before the first send, each target is claimed (create-only `sending`) right
 * before its send and settled after it only if the claim is unchanged, and a broadcast interrupted by
 * a crash or a change of leader resumes with the targets never claimed.
 */
export class Broadcaster {
  constructor(
    private readonly store: BroadcastStore,
    private readonly conversations: ConversationStore,
    private readonly queue: DeliveryQueue,
    private readonly unreachable: UnreachableConversations,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the broadcast (unless the same id exists) and delivers what is left of it. */
  async broadcast(id: string, alertId: string, message: OutgoingMessage, targets: readonly string[]): Promise<BroadcastReport> {
    const stored = await this.record(id, alertId, message, targets);
    if (!stored) return { broadcastId: id, delivered: 0, skipped: targets.length, failed: [], purged: [], paused: [] };
    return this.deliver(stored);
  }

  /**
   * Stores the broadcast in the outbox without sending (unless the same id exists): the open record
   * to deliver, or undefined when it was completed already. An open record is delivered by
   * `deliver` or, after a crash or a change of leader, by the next `resumeOpen`.
   */
  async record(
    id: string, alertId: string, message: OutgoingMessage, targets: readonly string[], announcement?: NotificationAnnouncement,
  ): Promise<BroadcastRecord | undefined> {
    const record: BroadcastRecord = { id, alertId, message, targets, createdAt: this.timestamp(), ...(announcement ? { announcement } : {}) };
    const stored = (await this.store.create(record)) ? record : await this.store.get(id);
    return stored?.completedAt ? undefined : stored;
  }

  /**
   * Finishes every broadcast a previous run left open, and forgets those completed longer ago than the
   * retention so the outbox does not grow forever (one pass over the outbox).
   */
  async resumeOpen(retentionMs = BROADCAST_RETENTION_MS): Promise<readonly BroadcastReport[]> {
    const { open, pruned } = await this.store.sweep(new Date(this.now() - retentionMs).toISOString());
    if (pruned > 0) this.logger.info('pruned completed broadcasts', { pruned });
    const reports: BroadcastReport[] = [];
    for (const record of open) {
      this.logger.info('resuming broadcast', { broadcastId: record.id, targets: record.targets.length });
      reports.push(await this.deliver(record));
    }
    return reports;
  }

  /** Delivers what is left of a stored broadcast (targets never claimed), then marks it completed. */
  async deliver(record: BroadcastRecord): Promise<BroadcastReport> {
    const settled = await this.store.deliveries(record.id);
    const open = record.targets.filter((target) => !settled.has(target));
    for (const interrupted of [...settled.values()].filter((delivery) => delivery.state === 'sending')) {
      this.logger.warn('send outcome unknown after a restart or a change of leader; not re-posting', { broadcastId: record.id, conversationId: interrupted.conversationId });
      const { conversationId, etag } = interrupted;
      await this.store.settle(record.id, { conversationId, state: 'unknown', at: this.timestamp() }, etag);
    }
    const outcomes = await Promise.all(open.map(async (target) => [target, await this.deliverOne(record, target)] as const));
    const sent = outcomes.filter((entry): entry is readonly [string, DeliveryOutcome] => entry[1] !== CLAIMED_ELSEWHERE && entry[1] !== PAUSED);
    const paused = outcomes.flatMap(([target, outcome]) => (outcome === PAUSED ? [target] : []));
    const report = await this.summarise(record, sent, settled.size + outcomes.length - sent.length, paused);
    await this.store.complete(record, this.timestamp());
    return report;
  }

  private async deliverOne(record: BroadcastRecord, conversationId: string): Promise<TargetOutcome> {
    const conversation = await this.conversations.get(conversationId);
    if (!conversation) return { delivered: false, attempts: 0, status: 404, code: 'ConversationNotRegistered', gone: false, paused: false };
    if (conversation.paused) return PAUSED;
    const target = { conversationId, tenantId: conversation.tenantId, reference: conversation.reference };
    let claim: string | undefined;
    const claimFirst = async (attempt: number): Promise<void> => {
      if (attempt !== 1) return;
      claim = await this.store.claim(record.id, conversationId, this.timestamp());
      if (claim === undefined) throw new Error('target already claimed');
    };
    const outcome = await this.queue.send(target, record.message, claimFirst);
    if (claim === undefined) return CLAIMED_ELSEWHERE;
    const state = outcome.delivered ? { state: 'delivered' as const } : { state: 'failed' as const, status: outcome.status, code: outcome.code };
    const recorded = await this.store.settle(record.id, { conversationId, ...state, at: this.timestamp() }, claim);
    if (!recorded) this.logger.warn('outcome not recorded: the claim changed meanwhile (a new leader marked it unknown)', { broadcastId: record.id, conversationId, ...state });
    return outcome;
  }

  private async summarise(
    record: BroadcastRecord, outcomes: readonly (readonly [string, DeliveryOutcome])[], skipped: number, alreadyPaused: readonly string[],
  ): Promise<BroadcastReport> {
    const failed: BroadcastReport['failed'][number][] = [];
    const purged: string[] = [];
    const paused = [...alreadyPaused];
    for (const [conversationId, outcome] of outcomes) {
      if (outcome.delivered) continue;
      failed.push({ conversationId, status: outcome.status, code: outcome.code });
      const reason = `send failed with ${outcome.status} ${outcome.code ?? ''}`.trim();
      if (outcome.gone) {
        await this.unreachable.forget(conversationId, reason);
        purged.push(conversationId);
      } else if (outcome.paused) {
        await this.unreachable.pause(conversationId, reason);
        paused.push(conversationId);
      }
    }
    const delivered = outcomes.length - failed.length;
    const report = { broadcastId: record.id, delivered, skipped, failed, purged, paused };
    if (failed.length > 0) this.logger.warn('broadcast had failures', { ...report, failed: failed.slice(0, 20), paused: paused.slice(0, 20) });
    else this.logger.info('broadcast delivered', { broadcastId: record.id, alertId: record.alertId, delivered, skipped, paused: paused.length });
    return report;
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }
}
