/** A Graph-shaped failure a handler throws on purpose: HTTP status, Graph error code and message. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'SimError';
  }
}

export const badRequest = (message: string): SimError => new SimError(400, 'invalidRequest', message);

export const notFound = (message: string): SimError => new SimError(404, 'itemNotFound', message);

export const conflict = (message: string): SimError => new SimError(409, 'conflict', message);

/** The Graph error codes used for fault statuses and framework errors (https://learn.microsoft.com/graph/errors). */
export function graphCodeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalidRequest', 401: 'unauthenticated', 403: 'accessDenied', 404: 'itemNotFound',
    405: 'notAllowed', 409: 'conflict', 413: 'invalidRequest', 429: 'activityLimitReached',
    500: 'generalException', 501: 'notSupported', 503: 'serviceNotAvailable', 504: 'timeout',
  };
  return codes[status] ?? (status >= 500 ? 'generalException' : 'invalidRequest');
}
