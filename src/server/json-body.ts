import type { IncomingMessage } from 'node:http';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { BodyBudget } from './body-budget';
import { nestsDeeperThan } from './json-depth';
import { readBody, type BodyLimits, type BodyShortfall } from './read-body';

/** `application/json`, optionally with parameters such as `charset=utf-8`. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;
/** Deepest nesting of objects and arrays a body may have (Teams activities nest far less). */
export const MAX_JSON_DEPTH = 64;
/** Seconds a client refused for a spent body budget is asked to wait. */
const BUSY_RETRY_SECONDS = 5;

interface Refusal {
  readonly status: 400 | 408 | 413 | 415 | 503;
  readonly code: string;
  readonly message: string;
}

/**
 * Reads a request body as JSON into `req.body` before anything else sees the request (it runs before
 * authentication). Only uncompressed `application/json` is read; anything else is a 415 without
 * reading a byte. A declared Content-Length above `maxBytes` is a 413 before reading; a body that
 * passes it while read is a 413, one that takes longer than `timeoutMs` a 408, one the shared `budget`
 * cannot hold a 503 (Retry-After): the connection is closed after each, and the bytes read so far
 * dropped. Nothing is inflated and nothing is written to disk.
 */
export function readJsonBody(limits: BodyLimits, budget: BodyBudget): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const refusal = headerRefusal(req, limits.maxBytes);
    if (refusal) {
      refuse(req, res, refusal);
      next(false);
      return;
    }
    readBody(req, limits, budget).then((bytes) => {
      const parsed = typeof bytes === 'string' ? shortfallRefusal(bytes, limits) : parseJson(bytes);
      if ('status' in parsed) {
        refuse(req, res, parsed);
        next(false);
        return;
      }
      req.body = parsed.value;
      next();
    }, () => next(false));
  };
}

function headerRefusal(req: IncomingMessage, maxBytes: number): Refusal | undefined {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    return { status: 415, code: 'UnsupportedMediaType', message: 'Compressed bodies are not accepted: send the activity as plain JSON.' };
  }
  if (!JSON_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) {
    return { status: 415, code: 'UnsupportedMediaType', message: 'Send the activity as JSON (Content-Type: application/json).' };
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  return declared > maxBytes ? shortfallRefusal('tooLarge', { maxBytes, timeoutMs: 0 }) : undefined;
}

function shortfallRefusal(why: BodyShortfall, limits: BodyLimits): Refusal {
  switch (why) {
    case 'tooLarge':
      return { status: 413, code: 'PayloadTooLarge', message: `The body is larger than ${limits.maxBytes} bytes.` };
    case 'timeout':
      return { status: 408, code: 'RequestTimeout', message: `The body did not arrive within ${limits.timeoutMs / 1000} s.` };
    case 'busy':
      return { status: 503, code: 'ServiceUnavailable', message: `Too many requests are being read; retry in ${BUSY_RETRY_SECONDS} s.` };
  }
}

function parseJson(bytes: Buffer): Refusal | { readonly value: unknown } {
  const text = bytes.toString('utf8');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return { status: 400, code: 'BadRequest', message: `The body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep.` };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { status: 400, code: 'BadRequest', message: 'The body is not valid JSON.' };
  }
}

/** Answers with a readable JSON error; a body that is not read is discarded and the connection closed after. */
function refuse(req: IncomingMessage, res: Response, refusal: Refusal): void {
  res.setHeader('connection', 'close');
  if (refusal.status === 503) res.setHeader('retry-after', String(BUSY_RETRY_SECONDS));
  res.json(refusal.status, { code: refusal.code, message: refusal.message });
  req.resume();
}
