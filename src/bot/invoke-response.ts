import type { CardPayload } from '../cards/card-payload';
import type { ErrorCode } from '../errors/error-codes';
import type { RouteResult } from '../routes/route-result';

/** The body of an `adaptiveCard/action` invoke response (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards). */
export interface InvokeResult {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

export const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
export const MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';
export const ERROR_TYPE = 'application/vnd.microsoft.error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalidInput: 400, invalidId: 400, invalidSetting: 400, notRemediatable: 400,
  userNotAllowed: 403, graphForbidden: 403, roleRequired: 403, signInRequired: 401, azureSignInRequired: 401, notFound: 404, conflict: 409,
  graphBusy: 503, graphUnavailable: 503, timeout: 504, tooManyRequests: 429,
};

function cardInvoke(card: CardPayload): InvokeResult {
  return { statusCode: 200, type: CARD_TYPE, value: card };
}

function messageInvoke(text: string): InvokeResult {
  return { statusCode: 200, type: MESSAGE_TYPE, value: text };
}

export function errorInvoke(code: ErrorCode | 'unknownVerb', message: string): InvokeResult {
  const statusCode = code === 'unknownVerb' ? 400 : STATUS[code] ?? 500;
  return { statusCode, type: ERROR_TYPE, value: { code, message } };
}

/** A route's result as the invoke response body: a card replaces the clicked one; text and refusals show as a message. */
export function invokeBody(result: RouteResult): InvokeResult {
  switch (result.kind) {
    case 'card': return cardInvoke(result.card);
    case 'text':
    case 'refused': return messageInvoke(result.text);
    case 'failed': return errorInvoke(result.code, result.text);
  }
}

/** The invoke response with the body's status code. */
export function invokeResponse(body: InvokeResult): { readonly status: number; readonly body: InvokeResult } {
  return { status: body.statusCode, body };
}
