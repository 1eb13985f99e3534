import path from 'node:path';
import { ManagedChild } from './managed-child';
import { clockShiftOf } from './shifted-clock';
import { waitForHttpOk } from './wait-ready';

export interface BotProcessOptions {
  /** The compiled entry point, `dist/src/index.js`. */
  readonly script: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface BotDefaults {
  readonly graphBaseUrl: string;
  readonly port: number;
  readonly dataDir: string;
  readonly adminIds: readonly string[];
  readonly pollIntervalSeconds: number;
}

/**
 * The bot's environment for local runs: Playground-friendly defaults (no app id, loopback, simulator as
 * Graph), then `base` (normally the user's own environment, which wins), then `overrides`.
 */
export function botEnvironment(defaults: BotDefaults, base: NodeJS.ProcessEnv, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GRAPH_BASE_URL: defaults.graphBaseUrl,
    PORT: String(defaults.port),
    HOST: '127.0.0.1',
    MicrosoftAppId: '',
    DATA_DIR: defaults.dataDir,
    PIM_ADMIN_IDS: defaults.adminIds.join(','),
    POLL_INTERVAL_SECONDS: String(defaults.pollIntervalSeconds),
    ...base,
    ...overrides,
  };
}

/** Starts the bot and resolves once GET /healthz answers 200; stops it again when it never gets there. */
export async function startBotProcess(options: BotProcessOptions, timeoutMs = 30_000): Promise<ManagedChild> {
  // PIM_DEV_CLOCK_SHIFT_MS (the browser test's fixed dates): the shift is preloaded, before the bot reads the time.
  const preload = clockShiftOf(options.env) === undefined ? [] : ['--require', path.join(__dirname, 'shifted-clock-preload.js')];
  const bot = new ManagedChild({ name: 'bot', command: process.execPath, args: [...preload, options.script], ...options });
  const died = new AbortController();
  void bot.exited.then((code) => died.abort(`the bot exited (${code})`));
  try {
    await waitForHttpOk(`${botUrl(options.env)}/healthz`, 'the bot (/healthz)', { timeoutMs, signal: died.signal });
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}

export function botUrl(env: NodeJS.ProcessEnv): string {
  return `http://127.0.0.1:${env.PORT ?? '3978'}`;
}
