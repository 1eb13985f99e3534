import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { makeTempDir } from './support/temp-dir';

const WORKER = path.join(__dirname, 'support', 'storage-worker.js');

function startWorker(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the highest acknowledged item once `acks` items were acknowledged, after killing -9. */
function killAfterAcks(child: ChildProcess, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let lastAck = -1;
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) lastAck = Math.max(lastAck, Number(line.replace('ack ', '')));
      if (lastAck + 1 >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`worker exited: ${String(_code)}`))));
  });
}

function runToEnd(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker failed: ${out}`))));
  });
}

describe('SqliteStorage durability (child processes)', function () {
  this.timeout(60000);
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('durable');
  });
  afterEach(() => temp.remove());

  it('keeps everything acknowledged before kill -9, with no torn records, over repeated kills', async () => {
    for (let round = 0; round < 5; round += 1) {
      const lastAck = await killAfterAcks(startWorker(['write', temp.dir, String(round)]), 150 + round * 37);
      const storage = new SqliteStorage(temp.dir);
      const items = await storage.list<{ n: number; payload: string }>(`items-${round}/`);
      await storage.close();
      const stored = new Set(items.map((item) => item.value.n));
      for (let n = 0; n <= lastAck; n += 1) assert.ok(stored.has(n), `round ${round}: acknowledged item ${n} lost`);
      for (const item of items) assert.equal(item.value.payload.length, 200 + (item.value.n % 50), `torn ${item.key}`);
    }
  });

  it('two processes incrementing with eTag retries end at the exact total', async () => {
    const perWorker = 400;
    const outputs = await Promise.all([
      runToEnd(startWorker(['increment', temp.dir, String(perWorker)])),
      runToEnd(startWorker(['increment', temp.dir, String(perWorker)])),
    ]);
    const storage = new SqliteStorage(temp.dir);
    const total = await storage.read<number>('counter/total');
    await storage.close();
    assert.equal(total?.value, perWorker * 2, outputs.join(' | '));
  });
});
