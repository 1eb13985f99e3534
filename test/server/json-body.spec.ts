import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { message } from '../support/fakes/activities';
import { eventually, openRaw, postHead } from '../support/raw-http-client';
import { heldBufferBytes } from '../support/settled-memory';
import { startTestApp, type RunningApp } from './test-app';

const MAX_BODY_BYTES = 256 * 1024;
const INFLATED_BYTES = 200 * 1024 * 1024;

/** ~200 MB of JSON whitespace compressed to well under the body limit: a gzip bomb. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => gzip.once('end', resolve));
  gzip.write('{"type":"message","text":"');
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < INFLATED_BYTES; written += spaces.length) gzip.write(spaces);
  gzip.end('"}');
  await done;
  return Buffer.concat(parts);
}

/** Largest resident set size seen while `work` runs (sampled every 2 ms). */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 2);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

function multipartUpload(): { body: Buffer; contentType: string } {
  const boundary = '----pim-test-boundary';
  const body = Buffer.from([
    `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="upload.bin"', 'Content-Type: application/octet-stream', '',
    'x'.repeat(64 * 1024), `--${boundary}--`, '',
  ].join('\r\n'));
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Streams `chunks` without a Content-Length (chunked), as a client that lies about nothing but never stops. */
function postChunked(url: string, chunks: readonly Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function drainedOrClosed(req: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      req.removeListener('drain', done);
      req.removeListener('close', done);
      resolve();
    };
    req.once('drain', done);
    req.once('close', done);
  });
}

/**
 * Streams up to `limit` bytes of JSON whitespace without a Content-Length (chunked), waiting for the
 * socket to drain, until the server answers or closes; then measures the Buffers the process still
 * holds, before the request is ended: a server that keeps the body would hold all of it here.
 */
function streamUntilAnswered(url: string, limit: number): Promise<{ status: number; written: number; heldAtStop: number }> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve, reject) => {
    let status = 0;
    let stopped = false;
    const req = request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
    });
    req.on('error', () => { stopped = true; });
    const pump = async (): Promise<void> => {
      let written = 0;
      while (!stopped && status === 0 && written < limit) {
        written += chunk.length;
        if (!req.write(chunk)) await drainedOrClosed(req);
      }
      await eventually(() => status !== 0 || stopped, 2000);
      const heldAtStop = await heldBufferBytes();
      req.destroy();
      resolve({ status, written, heldAtStop });
    };
    pump().catch(reject);
  });
}

describe('/api/messages body (read before authentication)', function () {
  this.timeout(60_000);
  let running: RunningApp | undefined;
  beforeEach(async () => {
    running = await startTestApp({ MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  const url = (): string => running?.url ?? assert.fail('not started');
  const post = (body: BodyInit, headers: Record<string, string>): Promise<Response> => fetch(`${url()}/api/messages`, { method: 'POST', body, headers });

  it('refuses a gzip bomb with 415 without inflating it: memory stays bounded, the bot does nothing', async () => {
    const bomb = await gzipBomb();
    assert.ok(bomb.length < MAX_BODY_BYTES, `bomb is ${bomb.length} bytes`);
    const before = process.memoryUsage().rss;
    const { result: response, peak } = await peakRss(() => post(new Uint8Array(bomb), { 'content-type': 'application/json', 'content-encoding': 'gzip' }));
    assert.equal(response.status, 415);
    assert.match(((await response.json()) as { message: string }).message, /Compressed bodies are not accepted/);
    assert.ok(peak - before < 64 * 1024 * 1024, `rss grew by ${Math.round((peak - before) / 1024 / 1024)} MB`);
    assert.equal(running?.deps.pim.calls.length, 0);
  });

  it('refuses every Content-Encoding (deflate, br, unknown) with 415', async () => {
    for (const encoding of ['deflate', 'br', 'GZIP', 'x-custom']) {
      const response = await post(JSON.stringify(message('help')), { 'content-type': 'application/json', 'content-encoding': encoding });
      assert.equal(response.status, 415, encoding);
    }
  });

  it('refuses a multipart upload with 415 and writes nothing to the temp dir', async () => {
    const uploadDir = mkdtempSync(path.join(tmpdir(), 'pim-upload-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = uploadDir;
    try {
      const { body, contentType } = multipartUpload();
      const response = await post(new Uint8Array(body), { 'content-type': contentType });
      assert.equal(response.status, 415);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(readdirSync(uploadDir), []);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(uploadDir, { recursive: true, force: true });
    }
  });

  it('refuses any content type but JSON, and a missing one, with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', 'application/xml']) {
      const response = await post(JSON.stringify(message('help')), { 'content-type': type });
      assert.equal(response.status, 415, type);
    }
    const untyped = await post(new Blob([JSON.stringify(message('help'))]), {});
    assert.equal(untyped.status, 415);
  });

  it('answers 413 to a chunked body that passes the limit, however it is sent', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    assert.equal(await postChunked(url(), Array.from({ length: 8 }, () => chunk)), 413);
    const declared = await post('x'.repeat(MAX_BODY_BYTES + 1), { 'content-type': 'application/json' });
    assert.equal(declared.status, 413);
  });

  it('answers 413 on a declared Content-Length above the limit without waiting for (or holding) a byte of the body', async () => {
    const connection = await openRaw(url(), postHead(MAX_BODY_BYTES + 1), Buffer.from('{"type":'));
    try {
      assert.ok(await eventually(() => connection.status !== undefined, 1500), 'no answer: the declared length was not read');
      assert.equal(connection.status, 413);
      assert.equal(running?.app.bodyBudget.peakBytes, 0);
    } finally {
      connection.socket.destroy();
    }
  });

  it('never holds more than MAX_BODY_BYTES of a 32 MB chunked body: it answers 413 and drops what it read', async () => {
    const before = await heldBufferBytes();
    const { status, written, heldAtStop } = await streamUntilAnswered(url(), 32 * 1024 * 1024);
    assert.ok(heldAtStop - before < 2 * 1024 * 1024, `${((heldAtStop - before) / 1048576).toFixed(1)} MB of Buffers held after sending ${written} bytes`);
    assert.equal(status, 413, `no 413 after ${written} bytes`);
    assert.ok((running?.app.bodyBudget.peakBytes ?? Infinity) <= MAX_BODY_BYTES);
    assert.equal(running?.app.bodyBudget.heldBytes, 0);
  });

  it('still serves JSON with a charset, identity encoding and a body at the limit', async () => {
    const help = await post(JSON.stringify(message('help')), { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'identity' });
    assert.equal(help.status, 200);
    const padded = JSON.stringify(message('help'));
    const atLimit = await post(padded + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(padded)), { 'content-type': 'application/json' });
    assert.equal(atLimit.status, 200);
  });
});
