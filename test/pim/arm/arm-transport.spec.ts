import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import type { RetryPolicy } from '../../../src/http/retry-within-budget';
import { ArmTransport } from '../../../src/pim/arm/arm-transport';
import { RecordingLogger } from '../../support/fakes/recording-logger';
import { SkippingClock } from '../../support/fakes/skipping-clock';

const BASE = 'https://management.example';

/** A fetch that answers from a script, one answer per request, and keeps the URLs asked for. */
function scripted(answers: Array<{ status: number; headers?: Record<string, string>; body?: unknown }>): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fake: typeof fetch = (input) => {
    urls.push(input instanceof Request ? input.url : input.toString());
    const answer = answers[Math.min(urls.length - 1, answers.length - 1)] ?? { status: 500 };
    return Promise.resolve(new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: answer.headers }));
  };
  return { fetch: fake, urls };
}

function transport(fake: typeof fetch, clock: SkippingClock, retry: Partial<RetryPolicy> = {}, logger = new RecordingLogger()): ArmTransport {
  const policy: RetryPolicy = { budgetMs: 600_000, baseDelayMs: 100, maxDelayMs: 60_000, clock, stillWanted: () => true, ...retry };
  return new ArmTransport({ baseUrl: BASE, requestTimeoutMs: 5000, retry: policy, token: () => Promise.resolve(null), fetch: fake }, logger);
}

const GET = { method: 'GET', path: '/providers/x?api-version=1', operation: 'list' } as const;
const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

describe('ArmTransport retries (the rules Graph calls share)', () => {
  it('waits what Retry-After asks within the budget, reads the rate-limit headers of every answer, and returns the body', async () => {
    const { fetch: fake, urls } = scripted([
      { status: 429, headers: { 'Retry-After': '2', 'x-ms-ratelimit-remaining-subscription-reads': '40' } },
      { status: 200, headers: { 'x-ms-ratelimit-remaining-subscription-reads': '39' }, body: { value: [1] } },
    ]);
    const clock = new SkippingClock();
    const arm = transport(fake, clock);
    assert.deepEqual((await arm.send(GET)).body, { value: [1] });
    assert.deepEqual(clock.slept, [2000]);
    assert.equal(urls.length, 2);
    assert.deepEqual(arm.rateLimits.snapshot(), { 'subscription-reads': 39 });
  });

  it('never waits less than a Retry-After above the 60 s cap: it stops with that answer instead of retrying early', async () => {
    const { fetch: fake, urls } = scripted([{ status: 429, headers: { 'Retry-After': '300' }, body: { error: { code: 'TooManyRequests' } } }, { status: 200, body: {} }]);
    const clock = new SkippingClock();
    await assert.rejects(transport(fake, clock).send(GET), isCode('graphBusy'));
    assert.deepEqual(clock.slept, [], 'no shortened 60 s wait and no second request before the 300 s Resource Manager asked for');
    assert.equal(urls.length, 1);
  });

  it('stops once the call is no longer wanted, with the last answer, and logs why', async () => {
    const { fetch: fake, urls } = scripted([{ status: 503, headers: { 'Retry-After': '1' } }, { status: 200, body: {} }]);
    const logger = new RecordingLogger();
    await assert.rejects(transport(fake, new SkippingClock(), { stillWanted: () => false }, logger).send(GET), isCode('graphUnavailable'));
    assert.equal(urls.length, 1);
    assert.equal(logger.find(/^arm retries stopped/).length, 1);
    assert.equal(logger.find(/^arm request retried/)[0]?.fields.operation, 'list');
  });

  it('backs off exponentially without Retry-After and never retries with a zero budget', async () => {
    const { fetch: fake } = scripted([{ status: 504 }, { status: 504 }, { status: 200, body: {} }]);
    const clock = new SkippingClock();
    await transport(fake, clock).send(GET);
    assert.deepEqual(clock.slept, [100, 200]);
    const once = scripted([{ status: 429, headers: { 'Retry-After': '1' } }, { status: 200, body: {} }]);
    await assert.rejects(transport(once.fetch, new SkippingClock(), { budgetMs: 0 }).send(GET), isCode('graphBusy'));
    assert.equal(once.urls.length, 1);
  });
});
