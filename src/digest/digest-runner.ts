import { createHash } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { Broadcaster } from '../notifications/broadcaster';
import type { ConversationStore } from '../notifications/conversation-store';
import type { CycleTask } from '../notifications/cycle-hooks';
import type { SubscriptionStore } from '../notifications/subscription-store';
import { buildDigest } from './digest-message';
import { nextRun } from './digest-schedule';
import type { DigestSettings, DigestSettingsStore } from './digest-settings-store';
import type { IncidentHistory } from './incident-history';

export interface DigestRunnerDeps {
  readonly settings: DigestSettingsStore;
  readonly history: IncidentHistory;
  readonly subscriptions: SubscriptionStore;
  readonly conversations: ConversationStore;
  readonly broadcaster: Broadcaster;
  readonly logger: Logger;
}

/**
 * Sends the digests that are due, on the watcher's cycle (one poller). Each digest goes through the
 * outbox with an id made of the conversation and the run, and the next run is stored only after it:
 * a crash in between finds the broadcast already done and only moves the run on. A run missed while
 * the bot was down is sent once, late; missed runs are not replayed one by one.
 */
export class DigestRunner implements CycleTask {
  readonly name = 'digests';

  constructor(private readonly deps: DigestRunnerDeps) {}

  async run(_alerts: unknown, now: number): Promise<void> {
    for (const settings of await this.deps.settings.list()) {
      if (!settings.digest || Date.parse(settings.digest.nextRunAt) > now) continue;
      if (!(await this.deps.conversations.get(settings.conversationId))) {
        await this.deps.settings.remove(settings.conversationId);
        this.deps.logger.info('digest dropped: the bot is no longer in the conversation', { conversationId: settings.conversationId });
        continue;
      }
      await this.send(settings, now);
    }
  }

  private async send(settings: DigestSettings, now: number): Promise<void> {
    const digest = settings.digest!;
    const dueAt = Date.parse(digest.nextRunAt);
    const following = nextRun(digest, now);
    const floor = (await this.deps.subscriptions.get(settings.conversationId))?.minimumSeverity;
    const message = await buildDigest(this.deps.history, { schedule: digest, dueAt, now, floor, nextRunAt: following });
    const id = createHash('sha256').update(`digest\n${settings.conversationId}\n${digest.nextRunAt}`).digest('hex').slice(0, 32);
    const report = await this.deps.broadcaster.broadcast(id, 'digest', message, [settings.conversationId]);
    this.deps.logger.info('digest sent', { conversationId: settings.conversationId, dueAt: digest.nextRunAt, delivered: report.delivered, skipped: report.skipped });
    await this.deps.settings.advance(settings, following);
  }
}
