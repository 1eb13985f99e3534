import { SentMessageStore } from '../../../src/bot/sent-message-store';
import type { OutgoingMessage } from '../../../src/cards/outgoing-message';
import { announce } from '../../../src/notifications/announcement';
import { BroadcastStore } from '../../../src/notifications/broadcast-store';
import type { IncidentRise } from '../../../src/notifications/incident-rise';
import { NotificationAnnouncements } from '../../../src/notifications/notification-announcements';
import { renderNotification } from '../../../src/notifications/render-notification-card';
import { MemoryStorage } from '../../../src/storage/memory-storage';

/**
 * Notifications "posted" as the bot posts them, for route tests: the broadcast (with its announcement)
 * stored and the message id recorded with its origin, exactly what the real send path leaves behind.
 */
export class PostedNotifications {
  readonly storage = new MemoryStorage();
  readonly sent = new SentMessageStore(this.storage);
  readonly broadcasts = new BroadcastStore(this.storage);
  readonly reader = new NotificationAnnouncements(this.sent, this.broadcasts);
  private next = 1;

  /** Posts the notification of `rise` into `conversationId` as message `messageId`; returns what was sent. */
  async post(rise: IncidentRise, conversationId: string, messageId: string, refreshUserIds?: readonly string[]): Promise<OutgoingMessage> {
    const broadcastId = `broadcast-${this.next++}`;
    const announcement = announce(rise);
    const message = renderNotification(rise.alert, announcement, { broadcastId, refreshUserIds });
    await this.broadcasts.create({ id: broadcastId, alertId: rise.alert.id, createdAt: '2026-11-23T12:00:00Z', message, targets: [conversationId], announcement });
    await this.sent.record(conversationId, [messageId], 'card' in message ? message.origin : undefined);
    return message;
  }
}
