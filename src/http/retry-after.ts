/**
 * `Retry-After` (RFC 9110: delta-seconds or an HTTP date) in milliseconds from `now`; undefined when
 * absent or unreadable. Shared by the Graph client's retries and the proactive delivery queue.
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  const trimmed = header?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = /^[A-Za-z]{3}, /.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}
