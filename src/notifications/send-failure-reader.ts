import type { SendResult } from './message-sender';
import { retryAfterMs as readRetryAfter } from '../http/retry-after';

type Failure = Extract<SendResult, { ok: false }>;

interface HeaderBag {
  get?(name: string): string | undefined;
  [name: string]: unknown;
}

interface HttpErrorShape {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { status?: number; headers?: HeaderBag; bodyAsText?: string | null; parsedBody?: unknown };
}

/** Turns whatever the Bot Connector client threw (a RestError) into a SendResult failure. */
export function readSendFailure(error: unknown, now: number = Date.now()): Failure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as HttpErrorShape;
  const status = shape.statusCode ?? shape.response?.status ?? 0;
  const retryAfterMs = readRetryAfter(header(shape.response?.headers, 'retry-after'), now);
  const code = bodyCode(shape.response) ?? (status === 0 ? shape.code : undefined);
  return { ok: false, status, code, retryAfterMs, message: shape.message?.slice(0, 300) };
}

function header(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** The Bot Connector's error body: `{ error: { code, message } }`. */
function bodyCode(response: HttpErrorShape['response']): string | undefined {
  const body = response?.parsedBody ?? tryParse(response?.bodyAsText);
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

function tryParse(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not JSON: the status alone decides
  }
}
