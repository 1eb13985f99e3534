import type { ConversationStore } from '../notifications/conversation-store';
import type { DeliveryTarget } from '../notifications/delivery-queue';
import type { SubscriptionStore } from '../notifications/subscription-store';
import type { OpsConversationStore } from './ops-conversation-store';

/**
 * Who is told about the watcher's health: the operations conversation when one was chosen, else every
 * subscribed conversation. The last list read is kept, so a storage outage can still be told.
 */
export class HealthTargets {
  private last: readonly DeliveryTarget[] = [];

  constructor(
    private readonly ops: OpsConversationStore,
    private readonly subscriptions: SubscriptionStore,
    private readonly conversations: ConversationStore,
  ) {}

  /**
   * Reads the targets from storage (and remembers them). `reuseKnown`: the references already read are
   * kept for conversations still targeted, so only the list and new conversations are read (each check).
   */
  async read(reuseKnown = false): Promise<readonly DeliveryTarget[]> {
    const ops = await this.ops.get();
    const ids = ops ? [ops.conversationId] : (await this.subscriptions.list()).map((subscription) => subscription.conversationId);
    const known = new Map(reuseKnown ? this.last.map((target) => [target.conversationId, target] as const) : []);
    const targets: DeliveryTarget[] = [];
    for (const conversationId of ids) {
      const target = known.get(conversationId) ?? (await this.lookup(conversationId));
      if (target) targets.push(target);
    }
    this.last = targets;
    return targets;
  }

  /** The targets as last read (storage may be unreachable now). */
  remembered(): readonly DeliveryTarget[] {
    return this.last;
  }

  private async lookup(conversationId: string): Promise<DeliveryTarget | undefined> {
    const record = await this.conversations.get(conversationId);
    return record ? { conversationId, tenantId: record.tenantId, reference: record.reference } : undefined;
  }
}
