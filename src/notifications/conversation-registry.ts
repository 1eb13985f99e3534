import type { ConversationScope } from '../use-cases/turn';
import type { ConversationEvents } from './conversation-events';
import type { ConversationAddress } from './conversation-address';
import type { AuditLog } from '../audit/audit-log';
import type { Logger } from '../logging/logger';
import type { ConversationRecord, ConversationStore } from './conversation-store';
import type { SubscriptionStore } from './subscription-store';
import type { UnreachableConversations } from './broadcaster';

const BOT_ACTOR = Object.freeze({ id: 'bot', name: 'PIM Alerts bot (automatic)' });

/** Posts the welcome card into a team the bot was just added to. */
export type WelcomePoster = (record: ConversationRecord) => Promise<void>;

/**
 * The notifications side of the conversation lifecycle: keeps references fresh, forgets a conversation
 * (and its subscription) on uninstall, team deletion or a send that proves the bot is gone, pauses one
 * where an admin disabled the bot (until someone there talks to it again), and welcomes a team once when
 * the bot joins it.
 */
export class ConversationRegistry implements ConversationEvents, UnreachableConversations {
  constructor(
    private readonly conversations: ConversationStore,
    private readonly subscriptions: SubscriptionStore,
    private readonly logger: Logger,
    private readonly audit: AuditLog,
    private readonly welcome?: WelcomePoster,
  ) {}

  /**
   * Refreshes the reference on every message. Storage unreachable must not cost the user the answer
   * (`watch` says what fails while it is down), so a failed refresh is logged, not thrown.
   */
  async seen(reference: ConversationAddress, scope: ConversationScope): Promise<void> {
    try {
      await this.conversations.save(reference, scope);
    } catch (error: unknown) {
      this.logger.warn('conversation reference not refreshed; answering anyway', { conversationId: reference.conversation?.id, error });
    }
  }

  async installed(reference: ConversationAddress, scope: ConversationScope): Promise<void> {
    const known = reference.conversation?.id ? await this.conversations.get(reference.conversation.id) : undefined;
    const record = await this.conversations.save(reference, scope);
    if (!record) return;
    this.logger.info('conversation installed', { conversationId: record.conversationId, scope });
    if (scope === 'channel' && !known && this.welcome) await this.postWelcome(record);
  }

  async removed(conversationId: string): Promise<void> {
    await this.forget(conversationId, 'uninstalled');
  }

  /** Drops the conversation and its subscription; `reason` is logged. */
  async forget(conversationId: string, reason: string): Promise<void> {
    const hadConversation = await this.conversations.remove(conversationId);
    const hadSubscription = await this.subscriptions.unsubscribe(conversationId);
    this.logger.info('conversation forgotten', { conversationId, reason, hadConversation, hadSubscription });
    if (hadSubscription) await this.auditRemoval(conversationId, reason);
  }

  /** Stops posting to the conversation, keeping its subscription, until someone there talks to the bot again (`seen` or `installed`). */
  async pause(conversationId: string, reason: string): Promise<void> {
    const paused = await this.conversations.pause(conversationId, reason);
    this.logger.warn('conversation paused: nothing is posted there until someone in it talks to the bot again', { conversationId, reason, paused });
  }

  /** A subscription removed by the bot itself (uninstall, team deleted, bot gone) is audited as the bot's act. */
  private async auditRemoval(conversationId: string, reason: string): Promise<void> {
    try {
      await this.audit.record({
        time: new Date().toISOString(), actor: BOT_ACTOR, action: 'unsubscribe', target: conversationId, result: 'succeeded',
        summary: `Subscription removed by the bot: ${reason}`, conversationId,
      });
    } catch (error) {
      this.logger.error('audit record failed', { action: 'unsubscribe', conversationId, error });
    }
  }

  private async postWelcome(record: ConversationRecord): Promise<void> {
    try {
      await this.welcome!(record);
    } catch (error: unknown) {
      this.logger.warn('welcome card not posted', { conversationId: record.conversationId, error });
    }
  }
}
