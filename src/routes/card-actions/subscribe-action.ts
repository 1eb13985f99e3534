import { escapeCardText } from '../../cards/escape-card-text';
import { VERBS } from '../../cards/verbs';
import { AppError } from '../../errors/app-error';
import { parseSeverityFloor, type SeverityFloor } from '../../notifications/severity-floor';
import { renderSubscribedCard } from '../../notifications/welcome-card';
import { audited } from '../../use-cases/audited-write';
import { cardResult } from '../../use-cases/use-case-result';
import { cardRoute } from '../route';

/** The welcome card's Subscribe button: `{ minimumSeverity }` and nothing else. */
export function parseSubscribeData(data: unknown): { readonly minimumSeverity: SeverityFloor } {
  const invalid = new AppError('invalidInput', { userMessage: 'This button sent no usable subscription.' });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid;
  const keys = Object.keys(data);
  const value: unknown = (data as Record<string, unknown>).minimumSeverity;
  if (keys.length !== 1 || keys[0] !== 'minimumSeverity' || typeof value !== 'string') throw invalid;
  const minimumSeverity = parseSeverityFloor(value.slice(0, 20));
  if (!minimumSeverity) throw invalid;
  return { minimumSeverity };
}

/** `notifications.subscribe` (write access): subscribes the conversation, replaces the card. */
export const subscribeAction = cardRoute({
  verb: VERBS.subscribe,
  access: 'write',
  parse: parseSubscribeData,
  handle: async (deps, turn, { minimumSeverity }) => {
    const what = { action: 'subscribe', target: turn.conversation.id, summary: `Subscribed this ${turn.conversation.type} conversation (minimum severity ${minimumSeverity}, button)` };
    await audited(deps, turn, what, () => deps.subscriptions.subscribe(turn.conversation.id, minimumSeverity, turn.user));
    return cardResult(renderSubscribedCard(minimumSeverity, escapeCardText(turn.user.name, 100) || 'someone'));
  },
});
