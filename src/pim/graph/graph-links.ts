import { AppError } from '../../errors/app-error';
import { ALERTS_ROOT } from './graph-paths';

/** The Graph API version this client speaks; PIM alerts exist only on beta. */
export const GRAPH_VERSION = 'beta';

/** The configured base URL without trailing slashes, e.g. `https://graph.microsoft.us`. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * In a path: `:` (Graph's path-based addressing, `/drive/root:/file:`, a different resource), and the
 * encoded `/`, `\` and `.` a server may decode after the URL parser normalised `..` away.
 */
const UNSAFE_PATH = /:|%3a|%2f|%5c|%2e/i;

/**
 * A link Graph returned (`@odata.nextLink`, an operation `Location`) resolved with `URL` against the
 * configured Graph origin, or null unless it stays on that origin (no user info, no fragment) and under
 * `{baseUrl}/beta/identityGovernance/roleManagementAlerts/`. Relative links resolve against the base.
 */
export function resolveGraphLink(link: string, baseUrl: string): URL | null {
  let url: URL;
  let base: URL;
  try {
    base = new URL(`${trimBaseUrl(baseUrl)}/`);
    url = new URL(link, base);
  } catch {
    return null;
  }
  const prefix = `${base.pathname}${GRAPH_VERSION}/${ALERTS_ROOT}/`;
  if (url.origin !== base.origin || url.username !== '' || url.password !== '' || url.hash !== '' || link.includes('#')) return null;
  return url.pathname.startsWith(prefix) ? url : null;
}

/**
 * A next link as a path relative to `{baseUrl}/beta/` plus its query, or null when `resolveGraphLink`
 * refuses it or its path holds `:` or an encoded separator. The query keeps its text, except that every
 * `:` is percent-encoded (same meaning to Graph), so the result never holds `https://` (see `sdkPath`).
 */
export function relativeGraphLink(link: string, baseUrl: string): { path: string; search: string } | null {
  const url = resolveGraphLink(link, baseUrl);
  if (!url) return null;
  const path = url.pathname.slice(new URL(`${trimBaseUrl(baseUrl)}/`).pathname.length + GRAPH_VERSION.length + 1);
  if (UNSAFE_PATH.test(path) || path.includes('//')) return null;
  return { path, search: url.search.replace(/:/g, '%3A') };
}

/**
 * The path handed to the Graph SDK, checked: `GraphRequest.parsePath` reads any string that contains
 * `https://` (anywhere, query included) as an absolute URL and sends the request, token included, to
 * the host it finds there. A relative path without `:` cannot be reinterpreted; anything else is refused.
 */
export function sdkPath(path: string): string {
  if (path.includes(':') || path.startsWith('/') || path.includes('\\') || path.includes('#')) {
    throw new AppError('graphUnavailable', { details: { reason: 'unsafe Graph path refused', path: path.slice(0, 120) } });
  }
  return path;
}
