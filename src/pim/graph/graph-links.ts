/** The Graph API version this client speaks; PIM alerts exist only on beta. */
export const GRAPH_VERSION = 'beta';

/** The configured base URL without trailing slashes, e.g. `https://graph.microsoft.us`. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * A link Graph returned (`@odata.nextLink`) as a path relative to `{baseUrl}/beta/`, or null when it
 * leaves the configured Graph origin or version, or its path holds a `:` (plain or encoded). Following only
 * such paths keeps tokens on Graph and on the collection that was asked for.
 */
export function relativeGraphLink(link: string, baseUrl: string): { path: string; search: string } | null {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(`${trimBaseUrl(baseUrl)}/`);
  } catch {
    return null;
  }
  const prefix = `${base.pathname}${GRAPH_VERSION}/`;
  if (url.origin !== base.origin || url.username || url.password || !url.pathname.startsWith(prefix)) return null;
  const path = url.pathname.slice(prefix.length);
  // Graph reads `:` in a path as path-based addressing (`/drive/root:/file:`), a different resource: never followed.
  if (/:|%3a/i.test(path)) return null;
  return { path, search: url.search };
}
