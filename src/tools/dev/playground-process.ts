import path from 'node:path';
import { ManagedChild } from './managed-child';

export interface PlaygroundOptions {
  readonly repoRoot: string;
  readonly port: number;
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  readonly botEndpoint: string;
  /** The mock Teams context; default `<repo>/.m365agentsplayground.yml`. */
  readonly configPath?: string;
  /** The Playground's own log file (it defaults to `./devTools/`, which must not appear in the repo). */
  readonly logFile: string;
  /** Open the system browser (default: no browser). */
  readonly openBrowser?: boolean;
  readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void;
}

export const PLAYGROUND_CLI = path.join('node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** Starts the Microsoft 365 Agents Playground (telemetry off) as a child process. */
export function startPlaygroundProcess(options: PlaygroundOptions): ManagedChild {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath ?? path.join(options.repoRoot, '.m365agentsplayground.yml'),
    M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
    BOT_ENDPOINT: options.botEndpoint,
  };
  if (options.openBrowser) delete env.TEAMSAPPTESTER_BROWSER;
  else env.TEAMSAPPTESTER_BROWSER = 'none';
  return new ManagedChild({
    name: 'playground',
    command: process.execPath,
    args: [path.join(options.repoRoot, PLAYGROUND_CLI), '--disable-telemetry', '-p', String(options.port), '-e', options.botEndpoint],
    env,
    cwd: options.repoRoot,
    onLine: options.onLine,
  });
}

/** The port the Playground reports in "Listening on N" (it falls back to a random port when busy). */
export function listeningPort(line: string): number | undefined {
  const match = /Listening on (\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}
