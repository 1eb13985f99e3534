import type { Response } from 'restify';
import { redactText } from '../logging/redact';
import type { Logger } from '../logging/logger';

/**
 * What botbuilder's `CloudAdapter.process` would write, captured instead of sent (it has the shape of
 * the response botbuilder expects), so the route decides what the client sees.
 */
export class CapturedAnswer {
  readonly socket = null;
  statusCode = 200;
  body: unknown;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(): this {
    return this;
  }

  send(...args: unknown[]): this {
    this.body = args[0];
    return this;
  }

  end(): this {
    return this;
  }
}

export const UNAUTHORIZED_BODY = { code: 'Unauthorized', message: 'The request is not authorized.' } as const;
export const UNAVAILABLE_BODY = {
  code: 'ServiceUnavailable',
  message: 'The bot cannot check this request right now. Try again in a minute.',
} as const;

/**
 * Sends the adapter's answer. Its own failures never reach the client as raw text: a refused token
 * is a 401, anything else it could not do (e.g. the Bot Framework signing keys unreachable) a 503
 * with a generic message; the detail is logged (redacted). Invoke responses (an object body, such as
 * the 401 `loginRequest` of Teams SSO) and 200s pass through.
 */
export function sendAdapterAnswer(res: Response, answer: CapturedAnswer, logger: Logger): void {
  const failure = typeof answer.body === 'string' ? answer.body : undefined;
  const invokeBody = answer.body !== null && typeof answer.body === 'object';
  if (answer.statusCode === 401 && !invokeBody) {
    logger.info('activity refused: not authenticated', { detail: redactText(failure ?? '').slice(0, 500) });
    res.json(401, UNAUTHORIZED_BODY);
  } else if (answer.statusCode >= 500 && failure !== undefined) {
    logger.error('could not authenticate or process the activity', { status: answer.statusCode, detail: redactText(failure).slice(0, 500) });
    res.json(503, UNAVAILABLE_BODY);
  } else {
    res.status(answer.statusCode);
    if (answer.body !== undefined && answer.body !== null && answer.body !== '') res.send(answer.body);
    res.end();
  }
}
