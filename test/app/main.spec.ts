import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const entry = path.join(__dirname, '..', '..', 'src', 'index.js');

/** Runs `npm start`'s entry with only `env` (and PATH); resolves with its exit code and stderr. */
function runMain(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe('main (npm start)', () => {
  it('prints the configuration problem and exits 2', () => {
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty', GRAPH_BASE_URL: 'http://127.0.0.1:9' }, encoding: 'utf8', timeout: 15_000,
    });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'Configuration error: PORT must be a whole number from 0 to 65535 (got "eighty").\n');
  });

  it('lists every configuration problem at once, each on its own line', () => {
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', MicrosoftAppId: 'my-bot', MicrosoftAppType: 'SingleTenant', PORT: '-1', GRAPH_BASE_URL: 'http://127.0.0.1:9' },
      encoding: 'utf8', timeout: 15_000,
    });
    assert.equal(result.status, 2);
    const lines = result.stderr.trimEnd().split('\n');
    assert.ok(lines.every((line) => line.startsWith('Configuration error: ')), result.stderr);
    for (const expected of [/MicrosoftAppId must be .* a GUID/, /needs MicrosoftAppPassword|MicrosoftAppPassword is not/, /needs MicrosoftAppTenantId/, /PORT must be/]) {
      assert.ok(lines.some((line) => expected.test(line)), `${String(expected)} in:\n${result.stderr}`);
    }
  });

  it('reports a port in use as a configuration error (exit 2), not a crash', async () => {
    const { server, port } = await occupyPort();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'main-port-'));
    try {
      const result = await runMain({ PORT: String(port), HOST: '127.0.0.1', GRAPH_BASE_URL: 'http://127.0.0.1:9', DATA_DIR: dataDir, LOG_LEVEL: 'error' });
      assert.equal(result.status, 2, result.stderr);
      const problems = result.stderr.split('\n').filter((line) => line.startsWith('Configuration error'));
      assert.deepEqual(problems, [`Configuration error: PORT: 127.0.0.1:${port} is already in use by another program; stop it or choose another PORT.`]);
    } finally {
      server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
