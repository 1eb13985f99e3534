import type { Server } from 'restify';
import type { ReadinessReport } from './readiness';

/** Which instance answered, and whether it is the one polling Graph (one leader when scaled out). */
export interface InstanceStatus {
  readonly id: string;
  readonly leader: boolean;
}

export interface HealthDeps {
  /** The (cached) readiness verdict; see CachedReadiness. */
  readonly readiness: () => Promise<ReadinessReport>;
  readonly instance?: () => InstanceStatus;
}

/**
 * GET /healthz (process alive) and GET /readyz (this instance can serve: its storage answers; 200 or 503). Both are
 * unauthenticated, so they answer only a status: which check failed and why is in the logs. /healthz
 * also names the instance and whether it leads, so an operator can tell which one polls Graph.
 */
export function registerHealthRoutes(server: Server, deps: HealthDeps): void {
  server.get('/healthz', (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    const instance = deps.instance?.();
    res.json(200, instance ? { status: 'ok', instance: instance.id, leader: instance.leader } : { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const report = await deps.readiness();
    res.setHeader('cache-control', 'no-store');
    res.json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready' });
  });
}
