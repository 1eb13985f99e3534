import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { freePort } from '../../src/tools/dev/free-port';
import { waitUntil } from '../../src/tools/dev/wait-ready';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { ActivityStream } from '../support/playground/activity-stream';
import { PlaygroundClient } from '../support/playground/playground-client';

const RUN_DEV = path.resolve(__dirname, '..', '..', 'src', 'tools', 'dev', 'run-dev.js');

interface RunningDev {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly output: string[];
  readonly ports: Readonly<Record<'SIMULATOR_PORT' | 'PORT' | 'PLAYGROUND_PORT', number>>;
}

/** Starts run-dev.js (directly, or wrapped in `sh -c` as `npm run dev` does) in its own process group. */
async function startDev(dataDir: string, wrapInShell: boolean): Promise<RunningDev> {
  const ports = { SIMULATOR_PORT: await freePort(), PORT: await freePort(), PLAYGROUND_PORT: await freePort() };
  const env = { ...process.env, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  // npm runs a script as `sh -c "<script>"`; the trailing `exit` keeps the shell alive as node's parent.
  const [command, args] = wrapInShell
    ? ['sh', ['-c', `"${process.execPath}" "$0"; exit $?`, RUN_DEV]]
    : [process.execPath, [RUN_DEV]];
  const child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => output.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitUntil(async () => Promise.resolve(output.some((line) => line.includes('Press Ctrl-C'))), 'the banner', { timeoutMs: 45_000 })
    .catch((error: unknown) => assert.fail(`${String(error)}\n${output.join('\n')}`));
  return { child, exited, output, ports };
}

/** True when something accepts TCP connections on the loopback `port`. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function allPortsClosed(ports: RunningDev['ports']): Promise<boolean> {
  const listening = await Promise.all(Object.values(ports).map(isListening));
  return listening.every((isOpen) => !isOpen);
}

/** `npm run dev` (the compiled run-dev.js) on free ports: starts all three, answers, and SIGTERM stops all. */
describe('e2e: npm run dev', function () {
  this.timeout(90_000);
  let dataDir: string;
  let dev: RunningDev | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'run-dev-'));
  });

  afterEach(() => {
    // The whole process group: run-dev and, if a test failed, whatever it left behind.
    if (dev?.child.pid) {
      try {
        process.kill(-dev.child.pid, 'SIGKILL');
      } catch {
        // Already gone: the test stopped everything, which is the point.
      }
    }
    dev = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints where to open the Playground, answers "alerts", and stops everything on SIGTERM', async () => {
    dev = await startDev(dataDir, false);
    const url = `http://localhost:${dev.ports.PLAYGROUND_PORT}`;
    assert.ok(dev.output.some((line) => line.includes(`Open the Microsoft 365 Agents Playground:  ${url}`)), dev.output.join('\n'));

    const client = new PlaygroundClient(url);
    const stream = await ActivityStream.open(url);
    const config = await client.config();
    await client.send(config.personalChat.id, config.currentUser.id, 'alerts');
    await stream.waitFor((event) => JSON.stringify(event.message ?? {}).includes('PIM security alerts'), 15_000, 'the alert list');
    await stream.close();

    dev.child.kill('SIGTERM');
    assert.equal(await dev.exited, 0, dev.output.slice(-20).join('\n'));
    assert.equal(await allPortsClosed(dev.ports), true, 'simulator, bot and Playground stopped');
  });

  it('stops the bot and the Playground when the shell npm runs it in is terminated', async () => {
    dev = await startDev(dataDir, true);
    dev.child.kill('SIGTERM'); // what npm does with SIGTERM: it signals the shell, not node
    await dev.exited;
    await waitUntil(() => allPortsClosed(dev!.ports), 'simulator, bot and Playground to stop', { timeoutMs: 15_000 })
      .catch((error: unknown) => assert.fail(`${String(error)}\n${dev!.output.slice(-20).join('\n')}`));
  });
});
