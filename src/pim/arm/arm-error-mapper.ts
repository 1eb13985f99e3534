import { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/error-codes';
import { sanitizeGraphMessage } from '../graph/graph-error-mapper';
import { asObject, readString } from '../graph/json-fields';
import { errorCodeForStatus } from '../../errors/status-error-code';
import type { ServiceFailure } from '../service-call';

/**
 * A 403 to the bot's own credential. Reads need Reader; writes reach here only in WRITE_MODE=application (a delegated
 * write's 403 is the signed-in user's, worded by src/delegation/signed-in-pim.ts), so only then does the bot need more.
 */
const FORBIDDEN_READ = 'Azure Resource Manager refused: the bot needs the **Reader** role (Microsoft.Authorization/roleAssignments/read) ' +
  'on the subscription to read its PIM alerts.';
const FORBIDDEN_WRITE = 'Azure Resource Manager refused this change: with WRITE_MODE=application the bot itself needs **Owner** or ' +
  '**User Access Administrator** (Microsoft.Authorization/roleAssignments/write) on the subscription to dismiss, refresh, remediate ' +
  'or change settings.';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  graphForbidden: FORBIDDEN_READ,
  graphBusy: 'Azure Resource Manager is throttling requests, try again in a minute.',
  graphUnavailable: 'Azure Resource Manager is unavailable right now, try again in a minute.',
  timeout: 'Azure Resource Manager did not answer in time, try again in a minute.',
};

/** The one place where Resource Manager statuses become app error codes (`CloudError` bodies: `{error:{code,message}}`). */
export function mapArmFailure(failure: ServiceFailure): AppError {
  const error = asObject(asObject(failure.body).error);
  const armCode = readString(error, 'code');
  const armMessage = sanitizeGraphMessage(readString(error, 'message'));
  const code = errorCodeForStatus(failure.status, failure.badRequestCode ?? 'invalidInput');
  const details = { status: failure.status, armCode, armMessage, requestId: failure.requestId, operation: failure.operation, source: 'arm' };
  const userMessage = code === 'invalidInput' && armMessage ? `Azure Resource Manager refused the request: ${armMessage}`
    : code === 'graphForbidden' && failure.method !== undefined && failure.method !== 'GET' ? FORBIDDEN_WRITE : MESSAGES[code];
  return new AppError(code, { userMessage, details });
}

/** A network failure, abort or timeout of a Resource Manager call. */
export function mapArmThrown(error: unknown, operation: string): AppError {
  const name = readString(asObject(error), 'name');
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AppError('timeout', { userMessage: MESSAGES.timeout, cause: error, details: { operation, source: 'arm' } });
  }
  return new AppError('graphUnavailable', { userMessage: MESSAGES.graphUnavailable, cause: error, details: { operation, source: 'arm', error: name || 'Error' } });
}

