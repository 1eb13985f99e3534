import type { Server } from 'restify';
import type { ReadinessReport } from './readiness';

export interface HealthDeps {
  /** The (cached) readiness verdict; see CachedReadiness. */
  readonly readiness: () => Promise<ReadinessReport>;
}

/**
 * GET /healthz (process alive) and GET /readyz (dependencies reachable: 200 or 503). Both are
 * unauthenticated, so they answer only a status: which check failed and why is in the logs.
 */
export function registerHealthRoutes(server: Server, deps: HealthDeps): void {
  server.get('/healthz', (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    res.json(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const report = await deps.readiness();
    res.setHeader('cache-control', 'no-store');
    res.json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready' });
  });
}
