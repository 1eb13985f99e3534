import type { Logger } from '../logging/logger';
import type { RouteResult } from '../routes/route-result';
import type { CardResult } from '../use-cases/use-case-result';
import type { BotTurn } from './bot-turn';
import { invokeBody, type InvokeResult } from './invoke-response';

/** The verb of an `Action.Submit` fallback (`data.verb`), or undefined for an ordinary message. */
export function submittedVerb(value: unknown): string | undefined {
  const verb = (value as { verb?: unknown } | null | undefined)?.verb;
  return typeof verb === 'string' ? verb : undefined;
}

/** The button's data without the `verb` key. */
export function submittedData(value: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  delete data.verb;
  return data;
}

const posted = (result: CardResult) => (result.summary === undefined ? { card: result.card } : { card: result.card, summary: result.summary });

/**
 * Old clients send `Action.Submit` (a message with `value`) instead of an invoke: the same card action
 * runs, and its card takes the clicked card's place (or is posted); a text, refusal or failure is replied.
 */
export async function answerSubmit(turn: BotTurn, result: RouteResult): Promise<void> {
  if (result.kind !== 'card') {
    await turn.reply({ text: result.text });
  } else if (turn.sourceMessageId) {
    await turn.update(turn.sourceMessageId, posted(result));
    result.afterPost?.(turn.sourceMessageId);
  } else {
    result.afterPost?.(await turn.reply(posted(result)));
  }
}

/** A chat command's answer: its card or text posted as a reply. */
export async function answerCommand(turn: BotTurn, result: RouteResult): Promise<void> {
  if (result.kind !== 'card') {
    await turn.reply({ text: result.text });
    return;
  }
  const activityId = await turn.reply(posted(result));
  result.afterPost?.(activityId);
}

/**
 * A card action's answer as the `adaptiveCard/action` invoke response body. A card that belongs to
 * everyone (a notification's owner) is also put in place of the posted message for the whole
 * conversation; if that fails the clicker still gets the card (logged).
 */
export async function answerInvoke(turn: BotTurn, result: RouteResult, logger: Logger): Promise<InvokeResult> {
  if (result.kind === 'card' && result.updatesSharedMessage && turn.sourceMessageId) {
    try {
      await turn.update(turn.sourceMessageId, posted(result));
    } catch (error) {
      logger.warn('shared card not updated in place', { correlationId: turn.correlationId, error });
    }
  }
  return invokeBody(result);
}
