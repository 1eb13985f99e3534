import assert from 'node:assert/strict';
import { eventually, openRaw, postHead, type RawConnection } from '../support/raw-http-client';
import { heldBufferBytes, settledMegabytes } from '../support/settled-memory';
import { startTestApp, type RunningApp } from './test-app';

const MAX_BODY_BYTES = 256 * 1024;
const PENDING_CAP = 4 * 1024 * 1024;
/** 1,500 reproduces issue 17's report; 200 keeps the suite quick. */
const CONNECTIONS = Math.min(2000, Number(process.env.SLOW_BODY_CONNECTIONS ?? 200));
const MB = 1024 * 1024;

describe('slow request bodies before authentication', function () {
  this.timeout(60_000);
  let running: RunningApp | undefined;
  const open: RawConnection[] = [];
  beforeEach(async () => {
    running = await startTestApp({
      MAX_BODY_BYTES: String(MAX_BODY_BYTES), MAX_PENDING_BODY_BYTES: String(PENDING_CAP),
      BODY_TIMEOUT_SECONDS: '2', HEADERS_TIMEOUT_SECONDS: '2', REQUEST_TIMEOUT_SECONDS: '5',
    });
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.socket.destroy();
    await running?.stop();
    running = undefined;
  });
  const app = (): RunningApp => running ?? assert.fail('not started');

  it(`holds at most MAX_PENDING_BODY_BYTES for ${CONNECTIONS} stalled bodies, answers /healthz meanwhile, and lets go of all of them`, async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES - 1, 0x20);
    const before = await heldBufferBytes();
    const start = await settledMegabytes();
    for (let first = 0; first < CONNECTIONS; first += 50) {
      const batch = Array.from({ length: Math.min(50, CONNECTIONS - first) }, () => openRaw(app().url, postHead(MAX_BODY_BYTES), body));
      open.push(...await Promise.all(batch));
    }
    assert.ok(await eventually(() => open.some((connection) => connection.status === 503), 2000), 'nobody was refused');
    const budget = app().app.bodyBudget;
    assert.ok(budget.heldBytes > 0, 'no body is being held: the stall is not under way');
    const held = (await heldBufferBytes()) - before;
    const during = await settledMegabytes();

    const healthStarted = Date.now();
    const health = await fetch(`${app().url}/healthz`);
    const healthMs = Date.now() - healthStarted;
    assert.equal(health.status, 200);
    assert.ok(healthMs < 1000, `/healthz took ${healthMs} ms`);

    assert.ok(await eventually(() => open.every((connection) => connection.closed), 8000), 'stalled connections were kept open');
    const statuses = new Set(open.map((connection) => connection.status));
    assert.deepEqual([...statuses].sort(), [408, 503]);
    assert.ok(budget.peakBytes <= PENDING_CAP, `held ${budget.peakBytes} bytes at most`);
    assert.ok(held <= PENDING_CAP + 2 * MB, `Buffers held during the stall grew by ${(held / MB).toFixed(1)} MB`);
    assert.equal(budget.heldBytes, 0);
    const after = (await heldBufferBytes()) - before;
    assert.ok(after < 2 * MB, `Buffers held afterwards grew by ${(after / MB).toFixed(1)} MB`);
    if (process.env.SLOW_BODY_REPORT) {
      const end = await settledMegabytes();
      console.log(JSON.stringify({ connections: CONNECTIONS, rssMb: { start: start.rss, during: during.rss, after: end.rss }, heldMb: { during: during.buffers - start.buffers, after: end.buffers - start.buffers }, peakBudgetBytes: budget.peakBytes, healthMs }));
    }
  });

  it('answers 408 to a body that keeps dripping past BODY_TIMEOUT_SECONDS, and closes the connection', async () => {
    const started = Date.now();
    const connection = await openRaw(app().url, postHead(1000));
    open.push(connection);
    const drip = setInterval(() => connection.socket.write(' '), 100);
    try {
      assert.ok(await eventually(() => connection.closed, 5000), 'the dripping body was never cut off');
    } finally {
      clearInterval(drip);
    }
    assert.equal(connection.status, 408);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 1900 && elapsed < 3500, `cut off after ${elapsed} ms`);
    assert.equal(app().app.bodyBudget.heldBytes, 0);
  });

  it('closes a connection that stalls inside its headers after HEADERS_TIMEOUT_SECONDS', async () => {
    const started = Date.now();
    const connection = await openRaw(app().url, 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: app');
    open.push(connection);
    assert.ok(await eventually(() => connection.closed, 5000), 'the half-sent head was kept open');
    assert.equal(connection.status, 408);
    assert.ok(Date.now() - started < 3500, `closed after ${Date.now() - started} ms`);
  });
});
