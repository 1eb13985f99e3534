import { AppError, isAppError } from '../../errors/app-error';
import type { ServiceFailure } from '../service-call';
import { asObject, readString } from './json-fields';
import { errorCodeForStatus } from '../../errors/status-error-code';

const MAX_MESSAGE = 300;

/** The one place where Graph statuses become app error codes (so handlers and cards only ever see AppError codes). */
export function mapGraphFailure(failure: ServiceFailure): AppError {
  const error = asObject(asObject(failure.body).error);
  const graphCode = readString(error, 'code');
  const graphMessage = sanitizeGraphMessage(readString(error, 'message'));
  const requestId = failure.requestId ?? (readString(asObject(error.innerError), 'request-id') || undefined);
  const details = { status: failure.status, graphCode, graphMessage, requestId, operation: failure.operation };
  const code = errorCodeForStatus(failure.status, failure.badRequestCode ?? 'invalidInput');
  const userMessage = code === 'invalidInput' && graphMessage
    ? `Microsoft Graph refused the request: ${graphMessage}`
    : failure.status === 401 ? CREDENTIAL_REFUSED : undefined;
  return new AppError(code, { userMessage, details });
}

/** A 401 is the bot's own token refused, not a missing permission (a user's token: SignedInPim asks for a new sign-in instead). */
const CREDENTIAL_REFUSED = 'Microsoft Graph did not accept the bot\'s credential (401): its client secret or certificate may have expired, or its identity changed. Tell your administrator; type **watch** to see since when.';


/** Graph's message as plain text: no control characters, bounded length. Still needs escaping in cards. */
export function sanitizeGraphMessage(message: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > MAX_MESSAGE ? `${plain.slice(0, MAX_MESSAGE)}…` : plain;
}

/**
 * A thrown value from the client as an AppError: a `GraphError` with an HTTP status (non-RAW calls, e.g.
 * `checkMemberGroups`) is mapped by status; network failures, aborts and timeouts by their kind.
 */
export function mapThrown(error: unknown, operation: string): AppError {
  if (isAppError(error)) return error;
  const record = asObject(error);
  const status = record.statusCode;
  if (typeof status === 'number' && status >= 400) {
    const requestId = readString(record, 'requestId') || undefined;
    return mapGraphFailure({ status, body: { error: { code: readString(record, 'code'), message: readString(record, 'message') } }, requestId, operation });
  }
  const name = errorName(error);
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AppError('timeout', { cause: error, details: { operation } });
  }
  return new AppError('graphUnavailable', { cause: error, details: { operation, error: name } });
}

function errorName(error: unknown): string {
  const record = asObject(error);
  const code = readString(record, 'code');
  const name = readString(record, 'name');
  const causeName = readString(asObject(record.cause), 'name');
  return [code, name, causeName].find((value) => value === 'TimeoutError' || value === 'AbortError') ?? (name || 'Error');
}
