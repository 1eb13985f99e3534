import type { AccessPolicy } from '../auth/access';
import type { AuditLog } from '../auth/audit-log';
import type { Command } from '../commands/command';
import type { Logger } from '../logging/logger';
import { audited } from '../use-cases/audited-write';
import { AppError } from '../errors/app-error';
import { subscribeToTypes } from './subscribe-type';
import { describeSubscription, describeSubscriptionList } from './subscription-text';
import { DEFAULT_SEVERITY_FLOOR, SEVERITY_FLOORS, parseSeverityFloor } from './severity-floor';
import type { SubscriptionStore } from './subscription-store';

export interface SubscriptionCommandDeps {
  readonly subscriptions: SubscriptionStore;
  /** Subscribe and unsubscribe are writes: audited like the PIM ones. */
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Writers (admins) see every subscription with `subscriptions all`. */
  readonly access: AccessPolicy;
}

const floors = SEVERITY_FLOORS.join(', ');

/** `subscribe [severity]`, `unsubscribe`, `subscriptions [all]`: in personal chats, group chats and channels. */
export function subscriptionCommands(deps: SubscriptionCommandDeps): Command[] {
  const auditDeps = { audit: deps.audit, logger: deps.logger, now: deps.now ?? (() => new Date()) };
  return [
    {
      name: 'subscribe',
      summary: 'Post here when PIM alert incidents rise (optionally only from a minimum severity, or only for some alert types: `subscribe type staleSignIn`).',
      usage: `subscribe [${SEVERITY_FLOORS.join('|')}] | subscribe type <alertType ...|all>`,
      access: 'write',
      handle: async (turn, input) => {
        if (input.words[0]?.toLowerCase() === 'type') {
          await subscribeToTypes(deps.subscriptions, turn, input.words.slice(1));
          return;
        }
        const floor = input.words[0] === undefined ? DEFAULT_SEVERITY_FLOOR : parseSeverityFloor(input.words[0]);
        if (!floor || input.words.length > 1) {
          throw new AppError('invalidInput', { userMessage: `Usage: subscribe [severity], where severity is one of ${floors} (default ${DEFAULT_SEVERITY_FLOOR}).` });
        }
        const what = { action: 'subscribe', target: turn.conversation.id, summary: `Subscribed this ${turn.conversation.type} conversation (minimum severity ${floor})` };
        const subscription = await audited(auditDeps, turn, what, () => deps.subscriptions.subscribe(turn.conversation.id, floor, turn.user));
        await turn.reply({ text: `Subscribed. ${describeSubscription(subscription)} Type "unsubscribe" to stop.` });
      },
    },
    {
      name: 'unsubscribe',
      summary: 'Stop posting PIM alert notifications here.',
      usage: 'unsubscribe',
      access: 'write',
      handle: async (turn) => {
        const what = { action: 'unsubscribe', target: turn.conversation.id, summary: `Unsubscribed this ${turn.conversation.type} conversation` };
        const removed = await audited(auditDeps, turn, what, () => deps.subscriptions.unsubscribe(turn.conversation.id));
        await turn.reply({ text: removed ? 'Unsubscribed: no more notifications here.' : 'This conversation was not subscribed.' });
      },
    },
    {
      name: 'subscriptions',
      summary: "Show this conversation's notification subscription (admins: `subscriptions all`).",
      usage: 'subscriptions [all]',
      access: 'read',
      handle: async (turn, input) => {
        if (input.words[0]?.toLowerCase() === 'all') {
          const decision = await deps.access.check(turn.user, 'write');
          if (!decision.allowed) throw new AppError('userNotAllowed', { userMessage: decision.reason });
          await turn.reply({ text: describeSubscriptionList(await deps.subscriptions.list()) });
          return;
        }
        const subscription = await deps.subscriptions.get(turn.conversation.id);
        await turn.reply({ text: subscription ? describeSubscription(subscription) : 'This conversation is not subscribed. Type "subscribe" to be notified here.' });
      },
    },
  ];
}
