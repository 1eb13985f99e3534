import type { IncomingMessage } from 'node:http';
import { SimError, badRequest } from './sim-error';

/** Largest request body the simulator buffers; Graph rejects big JSON bodies with 413 too. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** After this many bytes the connection is dropped instead of drained. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Reads the whole body as text. Past MAX_BODY_BYTES it keeps draining (so the client can read the answer)
 * and rejects with 413 at the end; past MAX_DRAIN_BYTES it destroys the socket.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new SimError(413, 'invalidRequest', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    req.on('close', () => reject(new SimError(400, 'invalidRequest', 'The request was aborted.')));
  });
}

/** Parses a JSON body; an empty body is `undefined`, malformed JSON a 400. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

/** The body as a plain JSON object, or a 400 naming what was expected. */
export function requireObject(value: unknown, what = 'The request body'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`${what} must be a JSON object.`);
  }
  return value as Record<string, unknown>;
}
