import { parseJsonBody } from './read-body';

/** Everything a handler sees about one request. */
export interface RequestContext {
  readonly method: string;
  /** The decoded path without query, e.g. `/beta/identityGovernance/roleManagementAlerts/alerts`. */
  readonly path: string;
  /** The raw path and query as received, for logs and nextLinks. */
  readonly rawUrl: string;
  readonly query: URLSearchParams;
  /** Path parameters from the route pattern, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The simulator's base URL (no trailing slash): Graph URLs are `${baseUrl}/beta/...`. */
  readonly baseUrl: string;
  readonly requestId: string;
  /** The raw request body ('' when none). */
  readonly bodyText: string;
  readonly now: Date;
}

export function jsonBody(ctx: RequestContext): unknown {
  return parseJsonBody(ctx.bodyText);
}

/** The first value of a query option, matched case-insensitively (`$Filter` = `$filter`, as Graph does). */
export function queryOption(ctx: RequestContext, name: string): string | undefined {
  for (const [key, value] of ctx.query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}
