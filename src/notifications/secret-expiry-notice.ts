import { SECRET_WARNING_DAYS } from '../config/secret-expiry';
import type { Logger } from '../logging/logger';
import type { Broadcaster } from './broadcaster';
import type { CycleTask } from './cycle-hooks';
import type { SubscriptionStore } from './subscription-store';

const DAY_MS = 86_400_000;

/** How close the client secret is to its end: nothing yet, or the stage that gets one message. */
export type SecretExpiryStage = '30d' | '7d' | '1d' | 'expired';

export function secretExpiryStage(expiresAt: string, now: number): SecretExpiryStage | undefined {
  const days = (Date.parse(expiresAt) - now) / DAY_MS;
  if (days > SECRET_WARNING_DAYS) return undefined;
  if (days <= 0) return 'expired';
  if (days <= 1) return '1d';
  return days <= 7 ? '7d' : '30d';
}

/** The warning operators read (log and message): when, how long is left, and where the rotation steps are. */
export function secretExpiryText(expiresAt: string, now: number): string {
  const day = expiresAt.slice(0, 10);
  const days = Math.ceil((Date.parse(expiresAt) - now) / DAY_MS);
  const when = days <= 0 ? `expired on ${day}: the bot can no longer sign in with it` : `expires on ${day} (in ${days} day${days === 1 ? '' : 's'})`;
  return `Operations: the client secret this bot uses (MicrosoftAppPassword / AZURE_CLIENT_SECRET) ${when}. ` +
    'Rotate it, update CLIENT_SECRET_EXPIRES_ON, or move to the managed identity (README: "No secret, and where one is still possible").';
}

export interface SecretExpiryDeps {
  readonly expiresAt: string;
  readonly broadcaster: Broadcaster;
  readonly subscriptions: SubscriptionStore;
  /** The operations conversation chosen with `watch here`, if any: then it alone is told. */
  readonly opsConversation?: () => Promise<string | undefined>;
  readonly logger: Logger;
}

/**
 * From 30 days before CLIENT_SECRET_EXPIRES_ON: a warning in the log at every poll (on the leader), and one
 * message per stage (30 days, 7 days, 1 day, expired) to the operations conversation (`watch here`), or else to
 * every subscribed conversation, through the outbox
 * (the broadcast id names the expiry and the stage, so a conversation hears each stage once, whichever
 * instance leads and however often it polls).
 */
export function secretExpiryTask(deps: SecretExpiryDeps): CycleTask {
  return {
    name: 'client secret expiry',
    async run(_alerts, now) {
      const stage = secretExpiryStage(deps.expiresAt, now);
      if (stage === undefined) return;
      const text = secretExpiryText(deps.expiresAt, now);
      deps.logger.warn(text, { expiresAt: deps.expiresAt, stage });
      const ops = await deps.opsConversation?.();
      const targets = ops !== undefined ? [ops] : (await deps.subscriptions.list()).map((subscription) => subscription.conversationId);
      if (targets.length === 0) return;
      await deps.broadcaster.broadcast(`secret-expiry-${deps.expiresAt.slice(0, 10)}-${stage}`, 'secret-expiry', { text }, targets);
    },
  };
}
