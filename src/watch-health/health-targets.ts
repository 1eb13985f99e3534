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

  /** Reads the targets from storage (and remembers them). */
  async read(): Promise<readonly DeliveryTarget[]> {
    const ops = await this.ops.get();
    const ids = ops ? [ops.conversationId] : (await this.subscriptions.list()).map((subscription) => subscription.conversationId);
    const targets: DeliveryTarget[] = [];
    for (const conversationId of ids) {
      const record = await this.conversations.get(conversationId);
      if (record) targets.push({ conversationId, tenantId: record.tenantId, reference: record.reference });
    }
    this.last = targets;
    return targets;
  }

  /** The targets as last read (storage may be unreachable now). */
  remembered(): readonly DeliveryTarget[] {
    return this.last;
  }
}
