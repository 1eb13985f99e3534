import { isAppError, toAppError } from '../errors/app-error';

/** Why the watcher cannot watch, as told to people: each has its own card text, advice and link. */
export type WatchFault = 'permission' | 'credential' | 'graphOutage' | 'storage' | 'noLeader' | 'unknown';

/** `@azure/identity` errors: the token could not be had (secret or certificate expired, identity gone). */
const CREDENTIAL_ERRORS = new Set(['AuthenticationError', 'CredentialUnavailableError', 'AuthenticationRequiredError', 'AggregateAuthenticationError']);

/**
 * What a failed poll says about the watcher's health; undefined when it says nothing (this instance
 * lost the lead: its successor polls). Graph failures arrive as AppErrors from the Graph layer. Storage
 * is not judged from here (a poll that could record its fault reached storage): the monitor pings it.
 */
export function classifyPollError(error: unknown): WatchFault | undefined {
  if (!isAppError(error)) return 'unknown';
  const appError = toAppError(error);
  if (appError.code === 'notLeader') return undefined;
  return faultOfFailure(appError.code, appError.details.status, appError.details.error);
}

/**
 * The fault a failed read's app error code stands for (a poll of Graph, or of one Azure subscription): a 401 is the
 * bot's credential, another 403 its permission; `errorName` tells an `@azure/identity` failure from an outage.
 */
export function faultOfFailure(code: string, status: unknown, errorName?: unknown): WatchFault {
  switch (code) {
    case 'graphForbidden':
      return status === 401 ? 'credential' : 'permission';
    case 'graphUnavailable':
      return CREDENTIAL_ERRORS.has(String(errorName)) ? 'credential' : 'graphOutage';
    case 'graphBusy':
    case 'timeout':
      return 'graphOutage';
    default:
      return 'unknown';
  }
}
