import type { IncomingMessage } from 'node:http';
import type { Next, Request, RequestHandler, Response } from 'restify';

/** `application/json`, optionally with parameters such as `charset=utf-8`. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

interface Refusal {
  readonly status: 400 | 413 | 415;
  readonly code: string;
  readonly message: string;
}

/**
 * Reads a request body as JSON into `req.body` before anything else sees the request (it runs before
 * authentication). Only uncompressed `application/json` is read; anything else is a 415 without
 * reading a byte, and at most `maxBytes` are ever held: a larger body is a 413, the rest discarded
 * unread. Nothing is inflated and nothing is written to disk.
 */
export function readJsonBody(maxBytes: number): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const refusal = headerRefusal(req, maxBytes);
    if (refusal) {
      refuse(req, res, refusal);
      next(false);
      return;
    }
    collect(req, maxBytes).then((bytes) => {
      const parsed = bytes === 'tooLarge' ? tooLarge(maxBytes) : parseJson(bytes);
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
  return declared > maxBytes ? tooLarge(maxBytes) : undefined;
}

const tooLarge = (maxBytes: number): Refusal => ({ status: 413, code: 'PayloadTooLarge', message: `The body is larger than ${maxBytes} bytes.` });

function parseJson(bytes: Buffer): Refusal | { readonly value: unknown } {
  try {
    return { value: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return { status: 400, code: 'BadRequest', message: 'The body is not valid JSON.' };
  }
}

/** The body, or 'tooLarge' as soon as it passes `maxBytes` (the rest is then drained without being kept). */
function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.removeListener('data', onData);
      resolve('tooLarge');
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => reject(new Error('request closed before its end')));
  });
}

/** Answers with a readable JSON error; a body that is not read is discarded and the connection closed after. */
function refuse(req: IncomingMessage, res: Response, refusal: Refusal): void {
  res.setHeader('connection', 'close');
  res.json(refusal.status, { code: refusal.code, message: refusal.message });
  req.resume();
}
