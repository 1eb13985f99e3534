import type { OutgoingMessage } from '../cards/outgoing-message';
import type { Logger } from '../logging/logger';
import type { BroadcastRecord, BroadcastStore, DeliveryRecord } from './broadcast-store';
import type { ConversationStore } from './conversation-store';
import type { DeliveryOutcome, DeliveryQueue } from './delivery-queue';

export interface BroadcastReport {
  readonly broadcastId: string;
  readonly delivered: number;
  /** Targets already settled by an earlier run (delivered, failed or unknown): not sent again. */
  readonly skipped: number;
  readonly failed: readonly { readonly conversationId: string; readonly status: number; readonly code?: string }[];
  readonly purged: readonly string[];
}

/** How long a completed broadcast (and its per-target delivery records) is kept. */
export const BROADCAST_RETENTION_MS = 30 * 86_400_000;

/** Forgets a conversation the bot can no longer reach. */
export type ConversationForgetter = (conversationId: string, reason: string) => Promise<void>;

/**
 * Sends one notification to many conversations at most once each, across restarts: the broadcast is
 * stored before the first send, each target is marked before and after its send, and a broadcast
 * interrupted by a crash resumes with the targets never attempted.
 */
export class Broadcaster {
  constructor(
    private readonly store: BroadcastStore,
    private readonly conversations: ConversationStore,
    private readonly queue: DeliveryQueue,
    private readonly forget: ConversationForgetter,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the broadcast (unless the same id exists) and delivers what is left of it. */
  async broadcast(id: string, alertId: string, message: OutgoingMessage, targets: readonly string[]): Promise<BroadcastReport> {
    const record: BroadcastRecord = { id, alertId, message, targets, createdAt: this.timestamp() };
    const created = await this.store.create(record);
    const stored = created ? record : await this.store.get(id);
    if (!stored || stored.completedAt) return { broadcastId: id, delivered: 0, skipped: targets.length, failed: [], purged: [] };
    return this.deliver(stored);
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

  private async deliver(record: BroadcastRecord): Promise<BroadcastReport> {
    const settled = await this.store.deliveries(record.id);
    const open = record.targets.filter((target) => !settled.has(target));
    for (const interrupted of [...settled.values()].filter((delivery) => delivery.state === 'sending')) {
      this.logger.warn('send outcome unknown after restart; not re-posting', { broadcastId: record.id, conversationId: interrupted.conversationId });
      await this.store.mark(record.id, { ...interrupted, state: 'unknown', at: this.timestamp() });
    }
    const outcomes = await Promise.all(open.map(async (target) => [target, await this.deliverOne(record, target)] as const));
    const report = await this.summarise(record, outcomes, settled.size);
    await this.store.complete(record, this.timestamp());
    return report;
  }

  private async deliverOne(record: BroadcastRecord, conversationId: string): Promise<DeliveryOutcome> {
    const conversation = await this.conversations.get(conversationId);
    if (!conversation) return { delivered: false, attempts: 0, status: 404, code: 'ConversationNotRegistered', gone: false };
    const target = { conversationId, tenantId: conversation.tenantId, reference: conversation.reference };
    const markSending = async (attempt: number): Promise<void> => {
      if (attempt === 1) await this.mark(record, { conversationId, state: 'sending' });
    };
    const outcome = await this.queue.send(target, record.message, markSending);
    if (outcome.delivered) await this.mark(record, { conversationId, state: 'delivered' });
    else await this.mark(record, { conversationId, state: 'failed', status: outcome.status, code: outcome.code });
    return outcome;
  }

  private async summarise(record: BroadcastRecord, outcomes: readonly (readonly [string, DeliveryOutcome])[], skipped: number): Promise<BroadcastReport> {
    const failed: BroadcastReport['failed'][number][] = [];
    const purged: string[] = [];
    for (const [conversationId, outcome] of outcomes) {
      if (outcome.delivered) continue;
      failed.push({ conversationId, status: outcome.status, code: outcome.code });
      if (outcome.gone) {
        await this.forget(conversationId, `send failed with ${outcome.status} ${outcome.code ?? ''}`.trim());
        purged.push(conversationId);
      }
    }
    const delivered = outcomes.length - failed.length;
    const report = { broadcastId: record.id, delivered, skipped, failed, purged };
    if (failed.length > 0) this.logger.warn('broadcast had failures', { ...report, failed: failed.slice(0, 20) });
    else this.logger.info('broadcast delivered', { broadcastId: record.id, alertId: record.alertId, delivered, skipped });
    return report;
  }

  private async mark(record: BroadcastRecord, delivery: Omit<DeliveryRecord, 'at'>): Promise<void> {
    await this.store.mark(record.id, { ...delivery, at: this.timestamp() });
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }
}
