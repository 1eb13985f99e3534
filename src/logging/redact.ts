const SECRET_KEY = /secret|password|passwd|token|authorization|assertion|credential|apikey|api_key|cookie/i;
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const REDACTED = '[redacted]';
const MAX_DEPTH = 6;

/** Removes secrets from a value about to be logged: secret-named keys, JWTs and bearer credentials. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return redactError(value, depth);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return redactFields(value as Record<string, unknown>, depth);
}

export function redactText(text: string): string {
  return text.replace(JWT, REDACTED).replace(BEARER, `$1 ${REDACTED}`);
}

function redactFields(fields: Record<string, unknown>, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(fields)) {
    result[key] = SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return result;
}

/**
 * An error as a plain object that keeps what a reader needs to find the fault: name, message, `code`,
 * stack, the error's own fields (an AppError's `details`, a Graph error's `statusCode`, ...), the
 * `errors` of an AggregateError and the `cause` chain. Text is redacted; secret-named fields are dropped.
 */
function redactError(error: Error, depth: number): Record<string, unknown> {
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  const summary = { name: error.name, message: redactText(error.message), ...(code === undefined ? {} : { code: redact(code) }) };
  if (depth >= MAX_DEPTH) return summary;
  return {
    ...redactFields({ ...error }, depth),
    ...summary,
    ...(error.stack === undefined ? {} : { stack: redactText(error.stack) }),
    ...(Array.isArray(errors) ? { errors: redact(errors, depth + 1) } : {}),
    ...(error.cause === undefined ? {} : { cause: redact(error.cause, depth + 1) }),
  };
}
