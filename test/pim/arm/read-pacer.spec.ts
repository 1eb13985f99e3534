import { strict as assert } from 'node:assert';
import type { RetryPolicy } from '../../../src/http/retry-within-budget';
import { ArmTransport } from '../../../src/pim/arm/arm-transport';
import { ReadPacer, subscriptionOfPath } from '../../../src/pim/arm/read-pacer';
import { RecordingLogger } from '../../support/fakes/recording-logger';
import { SkippingClock } from '../../support/fakes/skipping-clock';

const BASE = 'https://management.example';
const SUB_A = 'afa2a084-766f-4003-8ae1-c4aeb893a99f';
const SUB_B = '5c6a1e4b-8f2d-4b7a-9c31-2d0e7f6a1b22';
const read = (sub?: string) => ({ method: 'GET', path: sub ? `/subscriptions/${sub}/providers/x?api-version=1` : '/subscriptions?api-version=1', operation: 'list' }) as const;

/** A transport over a fetch that answers every request with the next headers of `answers` (then the last ones). */
function pacedTransport(answers: Array<{ status?: number; headers: Record<string, string> }>, reserve = 25): { arm: ArmTransport; clock: SkippingClock } {
  const clock = new SkippingClock();
  let sent = 0;
  const fake: typeof fetch = () => {
    const answer = answers[Math.min(sent, answers.length - 1)]!;
    sent += 1;
    return Promise.resolve(new Response(JSON.stringify({ value: [] }), { status: answer.status ?? 200, headers: answer.headers }));
  };
  const retry: RetryPolicy = { budgetMs: 600_000, baseDelayMs: 100, maxDelayMs: 60_000, clock, stillWanted: () => true };
  const pacer = new ReadPacer({ clock, reserve }, new RecordingLogger());
  return { arm: new ArmTransport({ baseUrl: BASE, requestTimeoutMs: 5000, retry, token: () => Promise.resolve(null), fetch: fake, pacer }, new RecordingLogger()), clock };
}

describe('ArmTransport read pacing (x-ms-ratelimit-remaining-*-reads)', () => {
  it('does not wait while the remaining reads are above the reserve', async () => {
    const { arm, clock } = pacedTransport([{ headers: { 'x-ms-ratelimit-remaining-subscription-reads': '26' } }]);
    for (let index = 0; index < 3; index += 1) await arm.send(read(SUB_A));
    assert.deepEqual(clock.slept, []);
  });

  it("at or below the reserve, the subscription's next read waits until its bucket refilled above it (25 reads a second); other subscriptions do not wait", async () => {
    const { arm, clock } = pacedTransport([{ headers: { 'x-ms-ratelimit-remaining-subscription-reads': '10' } }]);
    await arm.send(read(SUB_A));
    assert.deepEqual(clock.slept, []);
    await arm.send(read(SUB_B));
    assert.deepEqual(clock.slept, [], 'a subscription bucket is per subscription');
    await arm.send(read(SUB_A));
    assert.equal(clock.slept.length, 1);
    assert.ok(clock.slept[0]! > 600 && clock.slept[0]! <= 640, `(25 + 1 - 10) / 25 s, less the time already passed: ${clock.slept[0]}`);
  });

  it('a low tenant bucket slows every read; the global subscription bucket refills 15 times faster', async () => {
    const tenant = pacedTransport([{ headers: { 'x-ms-ratelimit-remaining-tenant-reads': '0' } }]);
    await tenant.arm.send(read());
    await tenant.arm.send(read(SUB_B));
    assert.equal(tenant.clock.slept.length, 1);
    assert.ok(tenant.clock.slept[0]! > 1000 && tenant.clock.slept[0]! <= 1040, String(tenant.clock.slept[0]));
    const global = pacedTransport([{ headers: { 'x-ms-ratelimit-remaining-subscription-global-reads': '0', 'x-ms-ratelimit-remaining-subscription-reads': '200' } }]);
    await global.arm.send(read(SUB_A));
    await global.arm.send(read(SUB_A));
    assert.ok(global.clock.slept.length === 1 && global.clock.slept[0]! <= 70, `26 / 375 s: ${global.clock.slept.join()}`);
  });

  it("a 429's Retry-After is honoured once by the retry and holds that subscription's other reads meanwhile; writes are never paced", async () => {
    const { arm, clock } = pacedTransport([
      { status: 429, headers: { 'Retry-After': '3' } },
      { headers: { 'x-ms-ratelimit-remaining-subscription-reads': '100' } },
    ]);
    await arm.send(read(SUB_A));
    assert.deepEqual(clock.slept, [3000], 'the retry waited Retry-After once, the pacer added nothing');
    const pacerClock = new SkippingClock();
    const pacer = new ReadPacer({ clock: pacerClock, reserve: 25 }, new RecordingLogger());
    pacer.observe(SUB_A, new Headers(), 3000);
    await pacer.beforeRead(SUB_B);
    await pacer.beforeRead(SUB_A);
    assert.equal(pacerClock.slept.length, 1);
    assert.ok(pacerClock.slept[0]! > 2900 && pacerClock.slept[0]! <= 3000, String(pacerClock.slept[0]));
    const low = pacedTransport([{ headers: { 'x-ms-ratelimit-remaining-subscription-reads': '0', 'x-ms-ratelimit-remaining-subscription-writes': '0' } }]);
    await low.arm.send(read(SUB_A));
    await low.arm.send({ method: 'POST', path: `/subscriptions/${SUB_A}/providers/x/refresh?api-version=1`, operation: 'refresh' });
    assert.deepEqual(low.clock.slept, []);
  });

  it('finds the subscription of a path, or none for tenant-level paths', () => {
    assert.equal(subscriptionOfPath(`/subscriptions/${SUB_A.toUpperCase()}/providers/x`), SUB_A);
    assert.equal(subscriptionOfPath(`/subscriptions/${SUB_A}`), SUB_A);
    assert.equal(subscriptionOfPath('/subscriptions'), undefined);
    assert.equal(subscriptionOfPath('/providers/Microsoft.Authorization/x'), undefined);
  });
});
