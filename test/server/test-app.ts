import type { Server } from 'restify';
import { createApp, type App, type AppDeps } from '../../src/app/create-app';
import { KnownAdmins } from '../../src/auth/known-admins';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { listen, stopServer } from '../../src/server/create-server';
import type { ReadinessCheck } from '../../src/server/readiness';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../support/fakes/use-case-deps';

export interface RunningApp {
  readonly app: App;
  readonly deps: TestUseCaseDeps;
  readonly url: string;
  stop(): Promise<void>;
}

/** The whole app over fakes, listening on 127.0.0.1 port 0. */
export async function startTestApp(
  env: Record<string, string> = {}, checks: readonly ReadinessCheck[] = [], extra: Partial<AppDeps> = {},
): Promise<RunningApp> {
  const config = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:9', MAX_BODY_BYTES: '4096', ...env });
  const deps = makeUseCaseDeps();
  const app = createApp({
    config, logger: silentLogger, pim: deps.pim, access: deps.access, audit: deps.audit, knownAdmins: new KnownAdmins(), now: deps.now,
    subscriptions: deps.subscriptions, digest: deps.digest, triage: deps.triage, readinessChecks: checks, ...extra,
  });
  const port = await listen(app.server, 0, '127.0.0.1');
  return { app, deps, url: `http://127.0.0.1:${port}`, stop: () => stopAll(app.server, app) };
}

async function stopAll(server: Server, app: App): Promise<void> {
  await stopServer(server, 2000);
  await app.background.idle();
}
