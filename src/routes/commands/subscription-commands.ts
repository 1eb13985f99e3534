import { AppError } from '../../errors/app-error';
import { DEFAULT_SEVERITY_FLOOR, SEVERITY_FLOORS, parseSeverityFloor } from '../../notifications/severity-floor';
import { parseScopes } from '../../notifications/subscribe-scope';
import { parseAlertTypes } from '../../notifications/subscribe-type';
import { describeSubscription, describeSubscriptionList } from '../../notifications/subscription-text';
import { audited } from '../../use-cases/audited-write';
import type { Turn } from '../../use-cases/turn';
import type { UseCaseDeps } from '../../use-cases/use-case-deps';
import { textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';

const floors = SEVERITY_FLOORS.join(', ');

/** `subscriptions all`: every subscribed conversation, for administrators only. */
const wantsAll = (words: readonly string[]): boolean => words[0]?.toLowerCase() === 'all';

/** `subscribe [severity]`, `unsubscribe`, `subscriptions [all]`: in personal chats, group chats and channels. */
export const subscriptionCommands = [
  commandRoute({
    name: 'subscribe',
    summary: 'Post here when PIM alert incidents rise (optionally only from a minimum severity, or only for some alert types: `subscribe type staleSignIn`).',
    usage: `subscribe [${SEVERITY_FLOORS.join('|')}] | subscribe type <alertType ...|all> | subscribe scope <directory|subscription id ...|all>`,
    access: 'write',
    handle: async (deps, turn, input) => {
      if (input.words[0]?.toLowerCase() === 'type') return subscribeToTypes(deps, turn, input.words.slice(1));
      if (input.words[0]?.toLowerCase() === 'scope') return subscribeToScopes(deps, turn, input.words.slice(1));
      const floor = input.words[0] === undefined ? DEFAULT_SEVERITY_FLOOR : parseSeverityFloor(input.words[0]);
      if (!floor || input.words.length > 1) {
        throw new AppError('invalidInput', { userMessage: `Usage: subscribe [severity], where severity is one of ${floors} (default ${DEFAULT_SEVERITY_FLOOR}).` });
      }
      const what = { action: 'subscribe', target: turn.conversation.id, summary: `Subscribed this ${turn.conversation.type} conversation (minimum severity ${floor})` };
      const subscription = await audited(deps, turn, what, () => deps.subscriptions.subscribe(turn.conversation.id, floor, turn.user));
      return textResult(`Subscribed. ${describeSubscription(subscription)} Type "unsubscribe" to stop.`);
    },
  }),
  commandRoute({
    name: 'unsubscribe',
    summary: 'Stop posting PIM alert notifications here.',
    usage: 'unsubscribe',
    access: 'write',
    handle: async (deps, turn) => {
      const what = { action: 'unsubscribe', target: turn.conversation.id, summary: `Unsubscribed this ${turn.conversation.type} conversation` };
      const removed = await audited(deps, turn, what, () => deps.subscriptions.unsubscribe(turn.conversation.id));
      return textResult(removed ? 'Unsubscribed: no more notifications here.' : 'This conversation was not subscribed.');
    },
  }),
  commandRoute({
    name: 'subscriptions',
    summary: "Show this conversation's notification subscription (admins: `subscriptions all`).",
    usage: 'subscriptions [all]',
    access: (input) => (wantsAll(input.words) ? 'write' : 'read'),
    handle: async (deps, turn, input) => {
      if (wantsAll(input.words)) return textResult(describeSubscriptionList(await deps.subscriptions.list()));
      const subscription = await deps.subscriptions.get(turn.conversation.id);
      return textResult(subscription ? describeSubscription(subscription) : 'This conversation is not subscribed. Type "subscribe" to be notified here.');
    },
  }),
];

/**
 * `subscribe type staleSignIn tooManyGlobalAdmins`: only these alert types notify here (the severity
 * floor still applies); `subscribe type all` lifts the limit. A new subscription starts from
 * `informational`, so the types alone decide. Audited like every subscription change.
 */
async function subscribeToTypes(deps: UseCaseDeps, turn: Turn, words: readonly string[]): Promise<UseCaseResult> {
  const types = parseAlertTypes(words);
  const summary = `Limited this ${turn.conversation.type} conversation to alert types: ${types.length > 0 ? types.join(', ') : 'all'}`;
  const what = { action: 'subscribe', target: turn.conversation.id, summary };
  const subscription = await audited(deps, turn, what, () => deps.subscriptions.setAlertTypes(turn.conversation.id, types, turn.user, 'informational'));
  return textResult(`Subscribed. ${describeSubscription(subscription)} Type "unsubscribe" to stop.`);
}

/** `subscribe scope directory 1111…`: only alerts of these scopes (the directory, Azure subscriptions) notify here; `all` lifts it. */
async function subscribeToScopes(deps: UseCaseDeps, turn: Turn, words: readonly string[]): Promise<UseCaseResult> {
  const scopes = parseScopes(words);
  const summary = `Limited this ${turn.conversation.type} conversation to scopes: ${scopes.length > 0 ? scopes.join(', ') : 'all'}`;
  const what = { action: 'subscribe', target: turn.conversation.id, summary };
  const subscription = await audited(deps, turn, what, () => deps.subscriptions.setScopes(turn.conversation.id, scopes, turn.user, 'informational'));
  return textResult(`Subscribed. ${describeSubscription(subscription)} Type "unsubscribe" to stop.`);
}
