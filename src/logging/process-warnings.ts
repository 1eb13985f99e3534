import type { Logger } from './logger';

/**
 * A warning one of our dependencies causes and we cannot fix here: restify 11 loads `spdy` at start-up
 * (lib/server.js requires it whether or not HTTP/2 is used), and spdy's `http-deceiver` calls
 * `process.binding('http_parser')` twice, each a DEP0111 warning. restify 12 drops spdy but needs Node 22.
 */
const KNOWN_DEPENDENCY_WARNINGS: readonly { readonly code: string; readonly module: string }[] = [
  { code: 'DEP0111', module: 'http-deceiver' },
];

/**
 * Process warnings become log lines (JSON like every other) instead of Node's stderr text. The known
 * dependency warning above goes to debug, once; every other warning is logged as a warning, once per text.
 */
export function logProcessWarnings(logger: Logger, target: NodeJS.Process = process): void {
  const seen = new Set<string>();
  target.removeAllListeners('warning');
  target.on('warning', (warning: Error & { code?: string }) => {
    const known = KNOWN_DEPENDENCY_WARNINGS.find((item) => item.code === warning.code && (warning.stack ?? '').includes(`${item.module}`));
    const key = known ? `${known.code}:${known.module}` : `${warning.name}:${warning.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const fields = { name: warning.name, code: warning.code, warning: warning.message.slice(0, 500) };
    if (known) logger.debug('known dependency warning (restify 11 → spdy → http-deceiver)', fields);
    else logger.warn('process warning', fields);
  });
}
