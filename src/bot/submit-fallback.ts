import type { ActionRouter } from '../actions/action-router';
import type { BotTurn } from './bot-turn';

/** The verb of an `Action.Submit` fallback (`data.verb`), or undefined for an ordinary message. */
export function submittedVerb(value: unknown): string | undefined {
  const verb = (value as { verb?: unknown } | null | undefined)?.verb;
  return typeof verb === 'string' ? verb : undefined;
}

/**
 * Old clients send `Action.Submit` (a message with `value`) instead of an invoke: run the same action
 * and put its card in place of the clicked one (or reply with its text or error).
 */
export async function routeSubmitFallback(turn: BotTurn, actions: ActionRouter, verb: string, value: unknown): Promise<void> {
  const data: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  delete data.verb;
  const result = await actions.handle(turn, verb, data);
  if (result.type === 'application/vnd.microsoft.card.adaptive' && turn.sourceMessageId) {
    await turn.update(turn.sourceMessageId, { card: result.value as Record<string, unknown> });
  } else if (result.type === 'application/vnd.microsoft.card.adaptive') {
    await turn.reply({ card: result.value as Record<string, unknown> });
  } else {
    await turn.reply({ text: readableText(result.value) });
  }
}

function readableText(value: unknown): string {
  if (typeof value === 'string') return value;
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : 'Something went wrong with that button.';
}
