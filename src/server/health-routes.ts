import type { Server } from 'restify';
import type { ReadinessReport } from './readiness';

export interface HealthDeps {
  /** Extra liveness facts, e.g. the notifications poller's last run. */
  readonly health?: () => Record<string, unknown>;
  readonly readiness: () => Promise<ReadinessReport>;
}

/** GET /healthz (process alive) and GET /readyz (dependencies reachable: 200 or 503 per check). */
export function registerHealthRoutes(server: Server, deps: HealthDeps): void {
  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok', ...(deps.health?.() ?? {}) });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const report = await deps.readiness();
    res.json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  });
}
