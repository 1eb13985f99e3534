import type { ErrorCode } from './error-codes';

/**
 * The catalogue code for an HTTP failure status of an upstream API (Microsoft Graph or Azure Resource
 * Manager): one mapping for both sources. `badRequest`: what a 400 means for the call (default invalidInput).
 */
export function errorCodeForStatus(status: number, badRequest: ErrorCode): ErrorCode {
  if (status === 400) return badRequest;
  if (status === 401 || status === 403) return 'graphForbidden';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'graphBusy';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'graphUnavailable';
  return 'invalidInput';
}
