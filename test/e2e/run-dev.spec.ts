import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/tools/dev/free-port';
import { ManagedChild } from '../../src/tools/dev/managed-child';
import { isHttpOk, waitUntil } from '../../src/tools/dev/wait-ready';
import { REPO_ROOT } from '../../src/repo-paths';
import { ActivityStream } from '../support/playground/activity-stream';
import { PlaygroundClient } from '../support/playground/playground-client';

/** `npm run dev` (the compiled run-dev.js) on free ports: starts all three, answers, and SIGTERM stops all. */
describe('e2e: npm run dev', function () {
  this.timeout(90_000);
  let dataDir: string;
  let dev: ManagedChild | undefined;

  afterEach(async () => {
    await dev?.stop(3000, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints where to open the Playground, answers "alerts", and stops everything on SIGTERM', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'run-dev-'));
    const ports = { SIMULATOR_PORT: await freePort(), PORT: await freePort(), PLAYGROUND_PORT: await freePort() };
    const output: string[] = [];
    dev = new ManagedChild({
      name: 'dev', command: process.execPath, args: [path.resolve(__dirname, '..', '..', 'src', 'tools', 'dev', 'run-dev.js')], cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, SIMULATOR_PORT: String(ports.SIMULATOR_PORT), PORT: String(ports.PORT), PLAYGROUND_PORT: String(ports.PLAYGROUND_PORT) },
      onLine: (line) => output.push(line),
    });
    await waitUntil(async () => Promise.resolve(output.some((line) => line.includes('Press Ctrl-C'))), 'the banner', { timeoutMs: 45_000 })
      .catch((error: unknown) => assert.fail(`${String(error)}\n${output.join('\n')}`));
    const url = `http://localhost:${ports.PLAYGROUND_PORT}`;
    assert.ok(output.some((line) => line.includes(`Open the Microsoft 365 Agents Playground:  ${url}`)), output.join('\n'));

    const client = new PlaygroundClient(url);
    const stream = await ActivityStream.open(url);
    const config = await client.config();
    await client.send(config.personalChat.id, config.currentUser.id, 'alerts');
    await stream.waitFor((event) => JSON.stringify(event.message ?? {}).includes('PIM security alerts'), 15_000, 'the alert list');
    await stream.close();

    await dev.stop(10_000, 'SIGTERM');
    assert.equal(await dev.exited, 0, output.slice(-20).join('\n'));
    for (const port of Object.values(ports)) assert.equal(await isHttpOk(`http://127.0.0.1:${port}/`), false, `port ${port} closed`);
    assert.equal(await isHttpOk(`http://127.0.0.1:${ports.PORT}/healthz`), false, 'bot stopped');
  });
});
