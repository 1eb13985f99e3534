import type { SendResult } from './message-sender';

type Failure = Extract<SendResult, { ok: false }>;

/** 403 codes after which the conversation is no longer reachable: forget it. */
const GONE_403 = new Set(['BotNotInConversationRoster', 'ConversationBlockedByUser']);
/** 403 codes that hold only until an admin turns the bot back on: pause the conversation, keep its subscription. */
const PAUSED_403 = new Set(['BotDisabledByAdmin']);

/** 429, 412 and 5xx (and no answer at all) are worth another try; 403, 404, 413 and other 4xx never. */
export function isRetryable(failure: Failure): boolean {
  return failure.status === 0 || failure.status === 429 || failure.status === 412 || failure.status >= 500;
}

/** The failure proves the bot can never post there again (Teams limits: purge, don't retry). */
export function isConversationGone(failure: Failure): boolean {
  if (failure.status === 404) return failure.code === 'ConversationNotFound';
  return failure.status === 403 && failure.code !== undefined && GONE_403.has(failure.code);
}

/**
 * The failure says the bot may not post there for now (an admin disabled it), not that the conversation
 * is gone: stop sending until someone there talks to the bot again, but keep what it subscribed to.
 */
export function isConversationPaused(failure: Failure): boolean {
  return failure.status === 403 && failure.code !== undefined && PAUSED_403.has(failure.code);
}

/** Wait before the next attempt: Retry-After when given, else exponential backoff with full jitter. */
export function retryDelayMs(failure: Failure, attempt: number, random: () => number = Math.random): number {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
