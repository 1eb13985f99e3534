import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevStack, type DevStack } from '../../../src/tools/dev/dev-stack';
import { freePort } from '../../../src/tools/dev/free-port';
import { readPlaygroundUsers } from '../../../src/tools/dev/playground-user';
import { devAzureRoles, devRoles } from '../../../src/tools/dev/delegated-dev-tenant';
import { DEFAULT_TENANT_ID } from '../../../src/tools/simulator/seed/seed-state';
import { silentLogger } from '../../../src/logging/json-logger';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { ActivityStream } from '../playground/activity-stream';
import { PlaygroundClient, type PlaygroundConfig } from '../playground/playground-client';
import { SimulatorControl } from './simulator-control';

export interface E2eStack {
  readonly dev: DevStack;
  readonly client: PlaygroundClient;
  readonly stream: ActivityStream;
  readonly config: PlaygroundConfig;
  readonly simulator: SimulatorControl;
  /** Every line the bot and the Playground printed (shown when a test fails). */
  readonly output: string[];
  stop(): Promise<void>;
}

/**
 * The whole local system on free ports (never 3978/5990/56150): simulator in process, the compiled bot
 * (`dist/src/index.js` next to this build) and the Playground as child processes, a fresh data dir.
 * The yml's current user is the only PIM admin. `prepareDataDir` may put data in place before the bot starts.
 */
export async function startE2eStack(env: NodeJS.ProcessEnv = {}, prepareDataDir?: (dataDir: string) => Promise<void>): Promise<E2eStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pim-e2e-'));
  await prepareDataDir?.(dataDir);
  const output: string[] = [];
  const users = readPlaygroundUsers(path.join(REPO_ROOT, '.m365agentsplayground.yml'));
  // AZURE_ALERT_SCOPES given: the simulator is Resource Manager too (a known port, so the bot can be told where).
  const simulatorPort = env.AZURE_ALERT_SCOPES === undefined ? 0 : await freePort();
  if (simulatorPort !== 0) env = { AZURE_RESOURCE_MANAGER_URL: `http://127.0.0.1:${simulatorPort}`, ...env };
  const dev = await startDevStack({
    repoRoot: REPO_ROOT,
    botScript: path.resolve(__dirname, '..', '..', '..', 'src', 'index.js'),
    simulatorPort, botPort: await freePort(), playgroundPort: await freePort(),
    dataDir, adminIds: [users.current.aadObjectId], pollIntervalSeconds: 30,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    playgroundLogFile: path.join(dataDir, 'playground.log'),
    simulatorLogger: silentLogger, simulatorOperationMs: 1000,
    onLine: (name, line) => output.push(`[${name}] ${line}`),
    // WRITE_MODE=delegated: the full sign-in path (no silent stand-in), roles as in npm run dev. Otherwise application mode, as before.
    ...(env.WRITE_MODE === 'delegated' ? {
      delegated: { tenantId: DEFAULT_TENANT_ID, users: [users.current, ...users.others], roles: devRoles(users.current, users.others), azureRoles: devAzureRoles(users.current, users.others), autoSignIn: false },
    } : { env: { ...process.env, LOG_LEVEL: 'info', WRITE_MODE: 'application', ...env } }),
  });
  const client = new PlaygroundClient(dev.playgroundUrl);
  const stream = await ActivityStream.open(dev.playgroundUrl);
  return {
    dev, client, stream, output, config: await client.config(), simulator: new SimulatorControl(dev.simulator.url),
    stop: async () => {
      await stream.close();
      await dev.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
