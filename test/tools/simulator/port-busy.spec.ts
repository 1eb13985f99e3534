import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { isAppError } from '../../../src/errors/app-error';
import { startSimulator } from '../../../src/tools/simulator/start-simulator';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';

const MAIN = path.join(__dirname, '../../../src/tools/simulator/main.js');

/** Runs the simulator's entry point (what `npm run simulator` starts) and collects its exit code and output. */
function runSimulator(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('simulator on a busy port', function () {
  this.timeout(30_000);
  let busy: LoopbackServer;
  let port: number;
  before(async () => {
    busy = await listenOnLoopback((_request, response) => response.end());
    port = Number(new URL(busy.origin).port);
  });
  after(async () => busy.close());

  it('says the port is busy and how to pick another, without a stack trace', async () => {
    const { code, stdout, stderr } = await runSimulator({ SIMULATOR_PORT: String(port), SIMULATOR_HOST: '127.0.0.1' });
    assert.equal(code, 1, stdout + stderr);
    assert.match(stderr, new RegExp(`SIMULATOR_PORT: 127\\.0\\.0\\.1:${port} is already in use`));
    assert.match(stderr, /pick another port, e\.g\. SIMULATOR_PORT=5991 npm run simulator/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'a stack trace was printed');
    assert.doesNotMatch(stderr, /EADDRINUSE/);
  });

  it('rejects startSimulator with a configuration AppError', async () => {
    await assert.rejects(startSimulator({ host: '127.0.0.1', port }), (error: unknown) => isAppError(error) && error.code === 'configuration');
  });
});
