import { AppError } from '../../errors/app-error';
import { relativeGraphLink } from './graph-links';
import { incidentsPath } from './graph-paths';

/** OData query options a Graph next-page link for incidents may carry; nothing else is followed. */
const PAGING_OPTIONS = new Set(['$skiptoken', '$skip', '$top', '$select', '$expand', '$count']);
const MAX_CURSOR_LENGTH = 4096;

/** The opaque cursor a user gets for the next incident page: Graph's nextLink, base64url-encoded. */
export function encodeIncidentCursor(nextLink: string): string {
  return Buffer.from(nextLink, 'utf8').toString('base64url');
}

/**
 * The Graph path (relative to `{baseUrl}/beta/`) a cursor stands for. Refuses (AppError `invalidInput`)
 * anything that is not a next-page link of this alert's incidents on the configured Graph origin.
 */
export function decodeIncidentCursor(cursor: string, alertId: string, baseUrl: string): string {
  const expectedPath = incidentsPath(alertId);
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw tampered();
  const link = relativeGraphLink(Buffer.from(cursor, 'base64url').toString('utf8'), baseUrl);
  if (!link || link.path !== expectedPath) throw tampered();
  const query = new URLSearchParams(link.search);
  for (const key of query.keys()) if (!PAGING_OPTIONS.has(key.toLowerCase())) throw tampered();
  return `${link.path}${link.search}`;
}

function tampered(): AppError {
  return new AppError('invalidInput', {
    userMessage: 'That page link is not valid (it may be from another alert). Open the alert again to page its incidents.',
  });
}
