import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../dev/free-port';
import { ManagedChild } from '../dev/managed-child';
import { waitForHttpOk } from '../dev/wait-ready';
import { startSimulator } from '../simulator/start-simulator';
import { startRemoteConnector } from './remote-connector';
import { runTurnLoad, type TurnStats } from './turn-load';

export interface TurnRow extends TurnStats {
  readonly label: string;
  /** Replies the connector received: one per turn when every turn really answered. */
  readonly replies: number;
}

const TURNS = 400;
const CONCURRENCY = 8;
const UNLIMITED = 1_000_000;

/** Chat turns through /api/messages: this bot (`help`, `alerts`) against a bare botbuilder echo bot. */
export async function runTurnComparison(): Promise<TurnRow[]> {
  const connector = await startRemoteConnector(UNLIMITED);
  const simulator = await startSimulator({ port: 0 });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pim-bench-'));
  const echo = await startBot('echo-bot', path.join(__dirname, 'echo-bot.js'), {});
  const bot = await startBot('pim-alerts', path.join(__dirname, '..', '..', 'index.js'), {
    GRAPH_BASE_URL: simulator.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', POLL_INTERVAL_SECONDS: '86400',
    // One bench user sends every turn: the chat read limits at their highest, so each `alerts` turn still reads Graph (or joins a read in flight).
    CHAT_GRAPH_READS_PER_USER_PER_MINUTE: '600', CHAT_GRAPH_READS_PER_MINUTE: '6000',
  });
  try {
    const load = (url: string, text: string): Promise<TurnStats> => runTurnLoad({ botUrl: url, serviceUrl: connector.url, text, turns: TURNS, concurrency: CONCURRENCY });
    const row = async (label: string, url: string, text: string): Promise<TurnRow> => {
      await connector.reset();
      const stats = await load(url, text);
      return { label, ...stats, replies: (await connector.counts()).requests };
    };
    await load(echo.url, 'warm up');
    await load(bot.url, 'help');
    return [
      await row('bare botbuilder echo bot', echo.url, 'hello'),
      await row('this bot: help (no Graph)', bot.url, 'help'),
      await row('this bot: alerts (Graph list + card)', bot.url, 'alerts'),
    ];
  } finally {
    await Promise.all([echo.child.stop(), bot.child.stop()]);
    await simulator.close();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function startBot(name: string, script: string, env: Record<string, string>): Promise<{ url: string; child: ManagedChild }> {
  const port = await freePort();
  const child = new ManagedChild({
    name, command: process.execPath, args: [script], cwd: process.cwd(),
    env: { ...process.env, MicrosoftAppId: '', HOST: '127.0.0.1', PORT: String(port), ...env },
    onLine: (line, stream) => {
      if (stream === 'stderr' && !line.includes('DeprecationWarning') && !line.includes('trace-deprecation')) console.error(`[${name}] ${line}`);
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttpOk(`${url}/healthz`, name, { timeoutMs: 20_000 });
  return { url, child };
}
