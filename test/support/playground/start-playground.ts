import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/tools/dev/free-port';
import type { ManagedChild } from '../../../src/tools/dev/managed-child';
import { startPlaygroundProcess } from '../../../src/tools/dev/playground-process';
import { isHttpOk, waitUntil } from '../../../src/tools/dev/wait-ready';
import { REPO_ROOT } from '../../../src/tools/repo-paths';

export interface RunningPlayground {
  readonly url: string;
  readonly child: ManagedChild;
  /** Everything the Playground printed (for failure messages). */
  readonly output: readonly string[];
}

/** Starts the Agents Playground on a free port (never 56150) for `botEndpoint`, with the repo's yml. */
export async function startPlayground(botEndpoint: string): Promise<RunningPlayground> {
  const port = await freePort();
  const output: string[] = [];
  const logDir = mkdtempSync(path.join(tmpdir(), 'playground-'));
  const child = startPlaygroundProcess({
    repoRoot: REPO_ROOT, port, botEndpoint, logFile: path.join(logDir, 'playground.log'),
    onLine: (line) => output.push(line),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(async () => child.running && isHttpOk(`${url}/_debug/ping`), 'the Playground', { timeoutMs: 30_000 });
  } catch (error) {
    await child.stop();
    throw new Error(`${String(error)}\n${output.join('\n')}`);
  }
  return { url, child, output };
}
