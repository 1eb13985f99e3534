import type { RequestContext } from '../http/request-context';
import { queryOption } from '../http/request-context';
import { badRequest } from '../http/sim-error';
import type { JsonObject } from '../state/records';

const MAX_TOP = 999;

export interface Page<T> {
  readonly items: T[];
  /** Absolute URL of the next page on the simulator, when there is one. */
  readonly nextLink?: string;
}

/** Server-side paging: `$top` (0–999) sets the page size, else the simulator's; `$skiptoken` is opaque. */
export function pageOf<T>(ctx: RequestContext, items: readonly T[], defaultPageSize: number): Page<T> {
  const size = pageSize(queryOption(ctx, '$top'), defaultPageSize);
  const offset = decodeSkipToken(queryOption(ctx, '$skiptoken'));
  const end = offset + size;
  const page = items.slice(offset, end);
  if (end >= items.length || size === 0) return { items: page };
  return { items: page, nextLink: nextLink(ctx, end) };
}

/** `{ @odata.context, [@odata.count], value, [@odata.nextLink] }` */
export function collectionBody(ctx: RequestContext, context: string, page: Page<JsonObject>, total: number): JsonObject {
  const wantsCount = queryOption(ctx, '$count')?.toLowerCase() === 'true';
  return {
    '@odata.context': context,
    ...(wantsCount ? { '@odata.count': total } : {}),
    value: page.items,
    ...(page.nextLink === undefined ? {} : { '@odata.nextLink': page.nextLink }),
  };
}

function pageSize(top: string | undefined, fallback: number): number {
  if (top === undefined) return fallback;
  if (!/^\d{1,4}$/.test(top.trim()) || Number(top) > MAX_TOP) {
    throw badRequest(`Invalid $top '${top.slice(0, 20)}': expected a whole number from 0 to ${MAX_TOP}.`);
  }
  return Number(top);
}

function decodeSkipToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(token) ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match) throw badRequest('Invalid $skiptoken: use the @odata.nextLink exactly as returned.');
  return Number(match[1]);
}

function nextLink(ctx: RequestContext, offset: number): string {
  const [rawPath = ''] = ctx.rawUrl.split('?');
  const query = new URLSearchParams(ctx.query);
  for (const key of [...query.keys()]) if (key.toLowerCase() === '$skiptoken') query.delete(key);
  query.set('$skiptoken', Buffer.from(`offset:${offset}`, 'utf8').toString('base64url'));
  return `${ctx.baseUrl}${rawPath}?${query.toString().replace(/%24/g, '$')}`;
}
