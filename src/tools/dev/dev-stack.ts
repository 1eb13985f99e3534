import path from 'node:path';
import type { Logger } from '../../logging/logger';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator';
import { botEnvironment, botUrl, startBotProcess } from './bot-process';
import { startDelegatedDevTenant, type DelegatedDevOptions } from './delegated-dev-tenant';
import type { DevTokenIssuer } from './token-issuer/dev-token-issuer';
import type { ManagedChild } from './managed-child';
import { listeningPort, startPlaygroundProcess } from './playground-process';
import { isHttpOk, waitUntil } from './wait-ready';
import { addSelfIncident, playgroundDirectoryUsers } from './playground-directory';
import type { PlaygroundUser } from './playground-user';
import { DEFAULT_TENANT_ID } from '../simulator/seed/seed-state';

export interface DevStackOptions {
  readonly repoRoot: string;
  /** The bot's compiled entry point (`dist/src/index.js`). */
  readonly botScript: string;
  readonly simulatorPort: number;
  readonly botPort: number;
  readonly playgroundPort: number;
  readonly dataDir: string;
  readonly adminIds: readonly string[];
  readonly pollIntervalSeconds: number;
  /** Variables that win over the defaults (for `npm run dev`: the user's own environment). */
  readonly env: NodeJS.ProcessEnv;
  readonly playgroundConfigPath?: string;
  readonly playgroundLogFile: string;
  readonly openBrowser?: boolean;
  readonly simulatorLogger: Logger;
  readonly simulatorOperationMs?: number;
  /** Every line a child prints, with the child's name. */
  readonly onLine: (name: string, line: string) => void;
  /** WRITE_MODE=delegated: the loopback token service and the simulator's role checks (absent: application mode). */
  readonly delegated?: DelegatedDevOptions;
  /**
   * `npm run dev`: the Playground's users, added to the simulated directory, and the current one of them listed as a
   * Global Administrator by "too many global administrators" (the demo shows the self-remediation warning). The e2e
   * tests leave it out and keep the seeded tenant as it is.
   */
  readonly playgroundUsers?: { readonly current: PlaygroundUser; readonly all: readonly PlaygroundUser[] };
}

export interface DevStack {
  /** The running simulator; replaced by `restartSimulator`. */
  simulator: RunningSimulator;
  readonly botUrl: string;
  readonly playgroundUrl: string;
  readonly botEnv: NodeJS.ProcessEnv;
  readonly playground: ManagedChild;
  /** The running bot; replaced by `restartBot`. */
  bot: ManagedChild;
  /** Starts the bot again (after it was stopped or killed) with the same environment. */
  restartBot(): Promise<void>;
  /** Stops the simulator and starts it again on the same port, continuing the tenant saved in the data dir. */
  restartSimulator(): Promise<void>;
  /** Stops the Playground, the bot and the simulator; safe to call twice. */
  stop(): Promise<void>;
  /** The loopback token service of delegated mode. */
  readonly issuer?: DevTokenIssuer;
}

/** Simulator (in process), bot (child), Playground (child), each waited for until ready. */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const delegated = options.delegated ? await startDelegatedDevTenant(options.delegated) : undefined;
  const startTenant = (port: number): Promise<RunningSimulator> => startSimulator({
    port, logger: options.simulatorLogger, stateFile: simulatorStateFile(options),
    ...(delegated ? { identity: delegated.identity } : {}),
    ...(options.playgroundUsers ? { directoryUsers: playgroundDirectoryUsers(options.playgroundUsers.all) } : {}),
    ...(options.simulatorOperationMs === undefined ? {} : { operationDurationMs: options.simulatorOperationMs }),
  });
  const simulator = await startTenant(options.simulatorPort);
  const started: ManagedChild[] = [];
  try {
    if (options.playgroundUsers) await addSelfIncident(simulator.url, DEFAULT_TENANT_ID, options.playgroundUsers.current);
    const defaults = { ...options, graphBaseUrl: simulator.url, port: options.botPort, ...(delegated ? { adminIds: [] } : {}) };
    const env = botEnvironment(defaults, { ...delegated?.botEnv, ...options.env });
    const launchBot = (): Promise<ManagedChild> =>
      startBotProcess({ script: options.botScript, cwd: options.repoRoot, env, onLine: (line) => options.onLine('bot', line) });
    const bot = await launchBot();
    started.push(bot);
    const { playground, url } = await launchPlayground(options, `${botUrl(env)}/api/messages`);
    started.push(playground);
    const parts = { simulator, botUrl: botUrl(env), playgroundUrl: url, botEnv: env, playground, bot, ...(delegated ? { issuer: delegated.issuer } : {}) };
    return stackOf(parts, { launchBot, startTenant });
  } catch (error) {
    await Promise.all(started.map((child) => child.stop()));
    await simulator.close();
    await delegated?.issuer.close();
    throw error;
  }
}

interface Launchers {
  readonly launchBot: () => Promise<ManagedChild>;
  readonly startTenant: (port: number) => Promise<RunningSimulator>;
}

/** The simulated tenant lives in the data dir next to the bot's data, so restarting `npm run dev` continues it. */
function simulatorStateFile(options: DevStackOptions): string {
  return path.resolve(options.repoRoot, options.dataDir, 'simulator-tenant.json');
}

function stackOf(parts: Omit<DevStack, 'restartBot' | 'restartSimulator' | 'stop'>, launchers: Launchers): DevStack {
  let stopping: Promise<void> | undefined;
  const stack: DevStack = {
    ...parts,
    restartBot: async () => {
      await stack.bot.stop();
      stack.bot = await launchers.launchBot();
    },
    restartSimulator: async () => {
      await stack.simulator.close();
      stack.simulator = await launchers.startTenant(Number(new URL(stack.simulator.url).port));
    },
    stop: () => {
      stopping ??= (async () => {
        await stack.playground.stop();
        await stack.bot.stop();
        await stack.simulator.close();
        await stack.issuer?.close();
      })();
      return stopping;
    },
  };
  return stack;
}

async function launchPlayground(options: DevStackOptions, botEndpoint: string): Promise<{ playground: ManagedChild; url: string }> {
  let port: number | undefined;
  const playground = startPlaygroundProcess({
    repoRoot: options.repoRoot, port: options.playgroundPort, botEndpoint, configPath: options.playgroundConfigPath,
    logFile: options.playgroundLogFile, openBrowser: options.openBrowser,
    onLine: (line) => {
      port ??= listeningPort(line);
      options.onLine('playground', line);
    },
  });
  const died = new AbortController();
  void playground.exited.then((code) => died.abort(`the Playground exited (${code})`));
  try {
    const ready = async (): Promise<boolean> => port !== undefined && isHttpOk(`http://127.0.0.1:${port}/_debug/ping`);
    await waitUntil(ready, 'the Agents Playground', { timeoutMs: 30_000, signal: died.signal });
  } catch (error) {
    await playground.stop();
    throw error;
  }
  return { playground, url: `http://localhost:${port ?? options.playgroundPort}` };
}
