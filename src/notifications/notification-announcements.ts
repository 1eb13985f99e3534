import type { MessageOrigin } from '../cards/outgoing-message';
import type { NotificationAnnouncement } from './announcement';
import type { BroadcastStore } from './broadcast-store';

/** The origin of each message the bot sent, per conversation (implemented in src/bot/sent-message-store.ts). */
export interface SentNotifications {
  originOf(conversationId: string, activityId: string): Promise<MessageOrigin | undefined>;
}

/** What a posted notification stated, for redrawing it ("I'm on it", an administrator's own view). */
export interface AnnouncementReader {
  /** The announcement of the bot's own notification `messageId` about `alertId` here; undefined when that message is not one. */
  find(conversationId: string, messageId: string, alertId: string): Promise<NotificationAnnouncement | undefined>;
}

/**
 * Finds a notification's announcement from the clicked message: only a message the bot recorded as a
 * notification for that very alert counts (not a reply, not someone's post, not another alert's
 * notification), and its counts and names come from the stored broadcast.
 */
export class NotificationAnnouncements implements AnnouncementReader {
  constructor(private readonly sent: SentNotifications, private readonly broadcasts: Pick<BroadcastStore, 'get'>) {}

  async find(conversationId: string, messageId: string, alertId: string): Promise<NotificationAnnouncement | undefined> {
    const origin = await this.sent.originOf(conversationId, messageId);
    if (origin?.kind !== 'notification' || origin.alertId !== alertId) return undefined;
    const broadcast = await this.broadcasts.get(origin.broadcastId);
    if (!broadcast || broadcast.alertId !== alertId || broadcast.announcement?.alertId !== alertId) return undefined;
    return broadcast.announcement;
  }
}
