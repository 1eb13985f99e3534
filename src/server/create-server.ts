import restify, { type Server } from 'restify';
import type { Logger } from '../logging/logger';
import { registerHealthRoutes, type HealthDeps } from './health-routes';
import { registerMessagesRoute, type MessagesDeps } from './messages-route';

const CONNECTIONS_CHECK_MS = 1000;

export interface ServerDeps extends MessagesDeps, HealthDeps {
  readonly logger: Logger;
  /** Node's `headersTimeout` and `requestTimeout` (Node's defaults: 60 s and 300 s). */
  readonly timeouts: { readonly headersMs: number; readonly requestMs: number };
}

/** The HTTP app (routes, limits, error answers) without listening: tests start it on port 0. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'pim-alerts-for-teams', handleUncaughtExceptions: false });
  server.server.headersTimeout = deps.timeouts.headersMs;
  server.server.requestTimeout = deps.timeouts.requestMs;
  // How often Node enforces both (read when listening; Node's default 30 s would let a stalled request live that much longer).
  Object.assign(server.server, { connectionsCheckingInterval: CONNECTIONS_CHECK_MS });
  const logger = deps.logger.child('http');
  server.on('restifyError', (req: restify.Request, _res: restify.Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    const where = { method: req.method, path: req.path(), status };
    // A client asking for a route or method not served (the Agents Playground probes `HEAD /api/messages`) is not a failure of ours.
    if (status === 404 || status === 405) logger.debug('route or method not served', where);
    else if (status < 500) logger.info('request refused', { ...where, reason: error.message.slice(0, 200) });
    else logger.error('request failed', { ...where, error });
    callback();
  });
  registerMessagesRoute(server, { ...deps, logger });
  registerHealthRoutes(server, deps);
  return server;
}

/** Starts listening; resolves with the bound port. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Stops accepting connections and waits for open requests to finish (bounded by `timeoutMs`). */
export function stopServer(server: Server, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.server.closeAllConnections();
      resolve();
    }, timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.server.closeIdleConnections();
  });
}
