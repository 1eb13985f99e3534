import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { isAppError } from '../../errors/app-error';
import { JsonLogger } from '../../logging/json-logger';
import { REPO_ROOT } from '../repo-paths';
import { azureDemoEnvironment } from './azure-demo-env';
import { renderBanner } from './dev-banner';
import { demoRole } from './demo-role';
import { startDevStack, type DevStack } from './dev-stack';
import { pickPort } from './free-port';
import { watchForOrphaning } from './orphan-watch';
import { readPlaygroundUsers } from './playground-user';
import { devAzureRoles, devRoles } from './delegated-dev-tenant';
import { DEFAULT_TENANT_ID } from '../simulator/seed/seed-state';

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const prefixed = (name: string, line: string): void => say(`[${name.padEnd(10)}] ${line}`);

/** `npm run dev`: simulator + bot + Agents Playground, one Ctrl-C stops all three. */
async function runDev(): Promise<void> {
  const env = process.env;
  const configPath = path.join(REPO_ROOT, '.m365agentsplayground.yml');
  const users = readPlaygroundUsers(configPath);
  const dataDir = env.DATA_DIR ?? path.join('.data', 'dev');
  mkdirSync(path.resolve(REPO_ROOT, dataDir), { recursive: true });
  say('Starting the PIM Graph simulator, the bot and the Microsoft 365 Agents Playground...');
  const simulatorPort = await pickPort(portFrom(env.SIMULATOR_PORT, 5990));
  const stack = await startDevStack({
    repoRoot: REPO_ROOT,
    botScript: path.join(__dirname, '..', '..', 'index.js'),
    simulatorPort,
    botPort: env.PORT ? Number(env.PORT) : await pickPort(3978),
    playgroundPort: await pickPort(portFrom(env.PLAYGROUND_PORT, 56150)),
    dataDir,
    adminIds: [users.current.aadObjectId],
    pollIntervalSeconds: 30,
    env: azureDemoEnvironment(simulatorPort, env),
    playgroundConfigPath: configPath,
    playgroundLogFile: path.resolve(REPO_ROOT, dataDir, 'playground.log'),
    openBrowser: process.argv.includes('--open'),
    simulatorLogger: new JsonLogger('warn', (line) => prefixed('simulator', line)),
    onLine: prefixed,
    // The Playground's users are in the simulated directory, and Alex is one of the Global Administrators the demo alert lists.
    playgroundUsers: { current: users.current, all: [users.current, ...users.others] },
    // Least privilege by default: writes run as the Playground user through the loopback token service (WRITE_MODE=application opts out).
    ...(env.WRITE_MODE?.toLowerCase() === 'application' ? {} : {
      delegated: { tenantId: DEFAULT_TENANT_ID, users: [users.current, ...users.others], roles: devRoles(users.current, users.others), azureRoles: devAzureRoles(users.current, users.others), autoSignIn: true },
    }),
  });
  say(renderBanner({
    playgroundUrl: stack.playgroundUrl, botUrl: stack.botUrl, simulatorUrl: stack.simulator.url,
    userName: users.current.name, userRole: demoRole(users.current.aadObjectId, stack.botEnv, devRoles(users.current, users.others)[users.current.aadObjectId]), dataDir: stack.botEnv.DATA_DIR ?? dataDir,
  }));
  superviseUntilStopped(stack);
}

function superviseUntilStopped(stack: DevStack): void {
  let stopping = false;
  const shutdown = (reason: string, exitCode: number): void => {
    if (stopping) return;
    stopping = true;
    say(`Stopping (${reason})...`);
    stack.stop().then(() => process.exit(exitCode), (error: unknown) => {
      say(`Could not stop cleanly: ${inspect(error)}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('Ctrl-C', 0));
  process.once('SIGTERM', () => shutdown('SIGTERM', 0));
  watchForOrphaning(() => shutdown('the process that started npm run dev went away', 0));
  for (const child of [stack.bot, stack.playground]) {
    void child.exited.then((code) => shutdown(`the ${child.name} exited unexpectedly with ${code}`, 1));
  }
}

function portFrom(value: string | undefined, fallback: number): number {
  const port = Number(value);
  return value && Number.isInteger(port) && port > 0 && port < 65536 ? port : fallback;
}

runDev().catch((error: unknown) => {
  say(`npm run dev could not start: ${isAppError(error) ? error.message : inspect(error)}`);
  process.exit(1);
});
