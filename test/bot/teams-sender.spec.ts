import assert from 'node:assert/strict';
import { benchReference, createBenchAdapter } from '../../src/tools/bench/bench-adapter';
import { startLoopbackConnector, type LoopbackConnector } from '../../src/tools/bench/loopback-connector';
import { readSendFailure } from '../../src/notifications/send-failure-reader';
import { TeamsSender } from '../../src/bot/teams-sender';

describe('TeamsSender (real CloudAdapter, loopback connector)', () => {
  let connector: LoopbackConnector;
  beforeEach(async () => {
    connector = await startLoopbackConnector(100);
  });
  afterEach(() => connector.close());

  it('posts a card proactively into the stored conversation', async () => {
    const sender = new TeamsSender(createBenchAdapter(), '');
    const result = await sender.send(benchReference(connector.url, 'a:one'), { card: { type: 'AdaptiveCard', version: '1.5', body: [] }, text: 'hi' });
    assert.equal(result.ok, true);
    assert.equal(connector.counts.accepted.get('a:one'), 1);
  });

  it('reports a failure as a value with status and connector error code', async () => {
    const sender = new TeamsSender(createBenchAdapter(), '');
    const result = await sender.send({ ...benchReference(`${connector.url}nowhere/`, 'a:two') }, { text: 'hi' });
    assert.deepEqual([result.ok, !result.ok && result.status, !result.ok && result.code], [false, 404, 'NotFound']);
  });
});

describe('readSendFailure', () => {
  it('reads status, Retry-After (seconds or date) and the error body code', () => {
    const headers = { get: (name: string): string | undefined => (name === 'retry-after' ? '3' : undefined) };
    assert.deepEqual(readSendFailure({ statusCode: 429, response: { headers, bodyAsText: '{"error":{"code":"Throttled"}}' }, message: 'x' }), {
      ok: false, status: 429, code: 'Throttled', retryAfterMs: 3000, message: 'x',
    });
    const dated = readSendFailure({ response: { status: 503, headers: { 'retry-after': new Date(10_000).toUTCString() } } }, 4000);
    assert.equal(dated.retryAfterMs, 6000);
    assert.deepEqual(readSendFailure(new Error('socket hang up')).status, 0);
    assert.equal(readSendFailure({ statusCode: 403, response: { bodyAsText: 'not json' } }).code, undefined);
  });
});
