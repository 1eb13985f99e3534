import assert from 'node:assert/strict';
import { silentLogger } from '../../src/logging/json-logger';
import { DeliveryQueue, type DeliveryTarget } from '../../src/notifications/delivery-queue';
import { referenceFor } from './support/conversation-fixtures';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

const LIMITS = { perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8 };

function target(id: string, tenantId = 'tenant-a'): DeliveryTarget {
  return { conversationId: id, tenantId, reference: referenceFor(id) };
}

/** The most events inside any window of `windowMs`. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('DeliveryQueue', () => {
  let clock: VirtualClock;
  let sender: RecordingSender;
  beforeEach(() => {
    clock = new VirtualClock();
    sender = new RecordingSender(() => clock.now());
  });

  it('keeps one conversation at 7 sends per second', async () => {
    const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock);
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => queue.send(target('c1'), { text: 'hi' })));
    assert.ok(outcomes.every((outcome) => outcome.delivered));
    const times = sender.attempts.map((sent) => sent.at);
    assert.ok(busiestWindow(times, 1000) <= 7, `at most 7 in any second: ${busiestWindow(times, 1000)}`);
    assert.ok(busiestWindow(times, 1000) >= 6, 'close to the limit (96%)');
    for (let index = 1; index < times.length; index += 1) assert.ok((times[index] as number) - (times[index - 1] as number) >= 140, 'spread evenly');
  });

  it('keeps a tenant at 50 sends per second across conversations, and tenants apart', async () => {
    const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock);
    const sends = Array.from({ length: 200 }, (_, index) => queue.send(target(`c${index}`, index % 2 === 0 ? 'tenant-a' : 'tenant-b'), { text: 'hi' }));
    await Promise.all(sends);
    const timesOf = (parity: number): number[] => sender.attempts.filter((sent) => Number(sent.conversationId.slice(1)) % 2 === parity).map((sent) => sent.at);
    for (const parity of [0, 1]) {
      const busiest = busiestWindow(timesOf(parity), 1000);
      assert.ok(busiest <= 48 && busiest >= 45, `tenant ${parity}: ${busiest} in the busiest second`);
    }
    assert.equal(sender.delivered.length, 200);
  });

  it('delivers everything through a 429 storm, waiting Retry-After', async () => {
    sender.responder = (_id, attempt) => (attempt <= 3 ? { ok: false, status: 429, retryAfterMs: 2000 } : { ok: true });
    const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock);
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, index) => queue.send(target(`c${index}`), { text: 'hi' })));
    assert.ok(outcomes.every((outcome) => outcome.delivered && outcome.attempts === 4));
    assert.equal(sender.delivered.length, 120);
    for (let index = 0; index < 120; index += 1) {
      const times = sender.attempts.filter((sent) => sent.conversationId === `c${index}`).map((sent) => sent.at);
      for (let attempt = 1; attempt < times.length; attempt += 1) assert.ok((times[attempt] as number) - (times[attempt - 1] as number) >= 2000);
    }
  });

  it('retries 412, 5xx and network errors with backoff, up to the attempt limit', async () => {
    const results = [{ ok: false, status: 412 }, { ok: false, status: 503 }, { ok: false, status: 0 }, { ok: true }] as const;
    sender.responder = (_id, attempt) => results[attempt - 1] ?? { ok: true };
    const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock, () => 0.5);
    assert.deepEqual(await queue.send(target('c1'), { text: 'hi' }), { delivered: true, attempts: 4 });
    const gaps = sender.attempts.slice(1).map((sent, index) => sent.at - (sender.attempts[index] as { at: number }).at);
    assert.ok((gaps[0] as number) >= 375 && (gaps[1] as number) > (gaps[0] as number), `backoff grows: ${gaps.join(',')}`);

    sender.responder = () => ({ ok: false, status: 502 });
    const limited = new DeliveryQueue(sender, { ...LIMITS, maxSendAttempts: 3 }, silentLogger, clock);
    assert.deepEqual(await limited.send(target('c2'), { text: 'hi' }), { delivered: false, attempts: 3, status: 502, code: undefined, gone: false, paused: false });
  });

  for (const [status, code, gone, paused] of [
    [403, 'BotNotInConversationRoster', true, false], [403, 'ConversationBlockedByUser', true, false], [403, 'InvalidBotApiHost', false, false],
    [403, 'BotDisabledByAdmin', false, true], [404, 'ConversationNotFound', true, false], [413, 'MessageSizeTooBig', false, false],
    [400, 'BadArgument', false, false],
  ] as const) {
    it(`never retries ${status} ${code} (gone: ${gone}, paused: ${paused})`, async () => {
      sender.responder = () => ({ ok: false, status, code });
      const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock);
      assert.deepEqual(await queue.send(target('c1'), { text: 'hi' }), { delivered: false, attempts: 1, status, code, gone, paused });
      assert.equal(sender.attempts.length, 1);
    });
  }

  it('calls beforeAttempt before each attempt, and does not send when it fails', async () => {
    const calls: number[] = [];
    sender.responder = (_id, attempt) => (attempt === 1 ? { ok: false, status: 429, retryAfterMs: 10 } : { ok: true });
    const queue = new DeliveryQueue(sender, LIMITS, silentLogger, clock);
    await queue.send(target('c1'), { text: 'hi' }, (attempt) => {
      calls.push(attempt);
      return Promise.resolve();
    });
    assert.deepEqual(calls, [1, 2]);
    const failing = new DeliveryQueue(sender, { ...LIMITS, maxSendAttempts: 1 }, silentLogger, clock);
    const outcome = await failing.send(target('c9'), { text: 'hi' }, () => Promise.reject(new Error('disk full')));
    assert.equal(outcome.delivered, false);
    assert.equal(sender.attempts.filter((sent) => sent.conversationId === 'c9').length, 0);
  });
});
