import type { MessageOrigin } from '../cards/outgoing-message';
import { isAppError } from '../errors/app-error';
import type { SentNotifications } from '../notifications/notification-announcements';
import type { Storage } from '../storage/storage';

const PREFIX = 'sent-messages/';
const ATTEMPTS = 5;

interface SentMessages {
  /** Activity ids with the time they were sent (ms) and, for a notification, its origin; oldest first. */
  readonly messages: readonly (readonly [id: string, sentAt: number, origin?: MessageOrigin])[];
}

export interface SentMessageLimits {
  /** Ids kept per conversation; older ones drop out first. */
  readonly perConversation: number;
  /** How long a sent message stays updatable. */
  readonly ttlMs: number;
}

export const DEFAULT_SENT_MESSAGE_LIMITS: SentMessageLimits = { perConversation: 500, ttlMs: 90 * 24 * 3600 * 1000 };

/**
 * The ids of the messages this bot sent, per conversation, in storage (so a restart keeps them): the only
 * messages it may update. Bounded in count and age. A channel thread's conversation id carries
 * `;messageid=<root>`; the channel is the unit here, so a post and the clicks in its thread meet.
 * A notification is recorded with its kind, alert and broadcast: only such a message may be redrawn as one.
 */
export class SentMessageStore implements SentNotifications {
  constructor(
    private readonly storage: Storage,
    private readonly limits: SentMessageLimits = DEFAULT_SENT_MESSAGE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  async record(conversationId: string, activityIds: readonly string[], origin?: MessageOrigin): Promise<void> {
    if (activityIds.length === 0) return;
    const key = keyOf(conversationId);
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.storage.read<SentMessages>(key);
      const kept = this.fresh(current?.value.messages ?? []).filter(([id]) => !activityIds.includes(id));
      const sent = activityIds.map((id) => (origin ? [id, this.now(), origin] as const : [id, this.now()] as const));
      const messages = [...kept, ...sent].slice(-this.limits.perConversation);
      try {
        await this.storage.write<SentMessages>(key, { messages }, current?.etag ?? null);
        return;
      } catch (error) {
        if (!isAppError(error) || error.code !== 'storageConflict' || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  async has(conversationId: string, activityId: string): Promise<boolean> {
    return (await this.find(conversationId, activityId)) !== undefined;
  }

  /** The origin of a message this bot sent here (undefined for a reply, or a message it did not send). */
  async originOf(conversationId: string, activityId: string): Promise<MessageOrigin | undefined> {
    return (await this.find(conversationId, activityId))?.[2];
  }

  private async find(conversationId: string, activityId: string): Promise<SentMessages['messages'][number] | undefined> {
    const current = await this.storage.read<SentMessages>(keyOf(conversationId));
    return this.fresh(current?.value.messages ?? []).find(([id]) => id === activityId);
  }

  private fresh(messages: SentMessages['messages']): SentMessages['messages'] {
    const oldest = this.now() - this.limits.ttlMs;
    return messages.filter(([, sentAt]) => sentAt >= oldest);
  }
}

function keyOf(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return `${PREFIX}${encodeURIComponent(cut === -1 ? conversationId : conversationId.slice(0, cut))}`;
}
