import { createHash } from 'node:crypto';
import { isAppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { Broadcaster } from '../notifications/broadcaster';
import type { ConversationStore } from '../notifications/conversation-store';
import type { CycleTask, HeldNotification, NotificationHold } from '../notifications/cycle-hooks';
import type { Storage } from '../storage/storage';
import { renderQuietSummary } from '../cards/render-quiet-summary';
import { DIGEST_KEYS } from './digest-keys';
import type { DigestSettingsStore } from './digest-settings-store';
import { isQuiet } from './quiet-hours';

/**
 * Quiet hours: a rise for a conversation in its quiet hours is stored (one record per conversation and
 * rise, create-only) instead of sent; the first cycle after the hours end sends one summary through the
 * outbox (an id derived from the held rises, so a crash never sends it twice) and then drops the records.
 */
export class QuietHold implements NotificationHold, CycleTask {
  readonly name = 'quiet-hours release';

  constructor(
    private readonly storage: Storage,
    private readonly settings: DigestSettingsStore,
    private readonly broadcaster: Broadcaster,
    private readonly logger: Logger,
    /** Where each conversation is (a channel or group chat needs the bot mentioned): the summary says how to ask. */
    private readonly conversations?: Pick<ConversationStore, 'get'>,
  ) {}

  async holdQuiet(targets: readonly string[], notification: HeldNotification, now: number): Promise<readonly string[]> {
    const sendNow: string[] = [];
    for (const conversationId of targets) {
      const key = `${DIGEST_KEYS.held(conversationId)}${notification.broadcastId}`;
      const alreadyHeld = (await this.storage.read(key)) !== undefined;
      const quiet = (await this.settings.get(conversationId))?.quiet;
      if (!alreadyHeld && !(quiet && isQuiet(quiet, now))) sendNow.push(conversationId);
      else if (!alreadyHeld) await this.createOnce(key, notification);
    }
    if (sendNow.length < targets.length) this.logger.info('notification held for quiet hours', { alertId: notification.alertId, held: targets.length - sendNow.length });
    return sendNow;
  }

  /** Sends the summary to every conversation whose quiet hours are over and that has held notifications. */
  async run(_alerts: unknown, now: number): Promise<void> {
    const byConversation = new Map<string, { key: string; value: HeldNotification }[]>();
    for (const item of await this.storage.list<HeldNotification>('quiet-held/')) {
      const conversationId = decodeURIComponent(item.key.split('/')[1] ?? '');
      byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), item]);
    }
    for (const [conversationId, items] of byConversation) {
      const quiet = (await this.settings.get(conversationId))?.quiet;
      if (quiet && isQuiet(quiet, now)) continue;
      await this.release(conversationId, items.map((item) => item.value).sort((a, b) => a.heldAt.localeCompare(b.heldAt)));
      for (const item of items) await this.storage.delete(item.key);
    }
  }

  private async release(conversationId: string, held: readonly HeldNotification[]): Promise<void> {
    const basis = ['quiet', conversationId, ...held.map((item) => item.broadcastId).sort()].join('\n');
    const id = createHash('sha256').update(basis).digest('hex').slice(0, 32);
    const scope = (await this.conversations?.get(conversationId))?.scope ?? 'personal';
    const report = await this.broadcaster.broadcast(id, 'quiet-hours', renderQuietSummary(held, scope !== 'personal'), [conversationId]);
    this.logger.info('quiet hours over: held notifications sent as one summary', { conversationId, held: held.length, delivered: report.delivered });
  }

  private async createOnce(key: string, notification: HeldNotification): Promise<void> {
    try {
      await this.storage.write(key, notification, null);
    } catch (error: unknown) {
      if (!isAppError(error) || error.code !== 'storageConflict') throw error;
    }
  }
}
