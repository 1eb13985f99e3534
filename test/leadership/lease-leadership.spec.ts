import assert from 'node:assert/strict';
import { isAppError } from '../../src/errors/app-error';
import { LeaderStorage } from '../../src/leadership/leader-storage';
import type { LeaderLease } from '../../src/leadership/leader-lease';
import { LeaseLeadership, type LeaseTiming } from '../../src/leadership/lease-leadership';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';

/**
 * One lease shared by several holders, on a clock the test moves. Like a real lease service, a request
 * takes time: the lease is granted (its expiry counted) when the request arrives, and the reply comes
 * `latencyMs` later on the clock.
 */
class SharedLease {
  holder: string | undefined;
  expiresAt = 0;
  failRenewals = false;
  latencyMs = 0;
  constructor(readonly clock: { now: number }) {}

  for(name: string): LeaderLease {
    return {
      acquire: (seconds) => this.reply(this.take(name, seconds)),
      renew: () => this.reply(!this.failRenewals && this.holder === name && this.clock.now < this.expiresAt && this.take(name, 15)),
      release: () => Promise.resolve(void (this.holder === name && (this.holder = undefined))),
    };
  }

  private async reply(granted: boolean): Promise<boolean> {
    await Promise.resolve();
    this.clock.now += this.latencyMs;
    return granted;
  }

  private take(name: string, seconds: number): boolean {
    if (this.holder !== undefined && this.holder !== name && this.clock.now < this.expiresAt) return false;
    this.holder = name;
    this.expiresAt = this.clock.now + seconds * 1000;
    return true;
  }
}

const TIMING: LeaseTiming = { leaseSeconds: 15, renewMs: 3_600_000, safetyMs: 2000 };
const isNotLeader = (error: unknown): boolean => isAppError(error) && error.code === 'notLeader';

describe('LeaseLeadership', () => {
  let clock: { now: number };
  let lease: SharedLease;
  let storage: MemoryStorage;
  const started: LeaseLeadership[] = [];
  const make = (name: string): LeaseLeadership => {
    const leadership = new LeaseLeadership(name, lease.for(name), storage, silentLogger, TIMING, () => clock.now);
    started.push(leadership);
    return leadership;
  };
  /** One campaign/renew round, as the timer would run it. */
  const tick = (leadership: LeaseLeadership): Promise<void> => (leadership as unknown as { tick(): Promise<void> }).tick();

  beforeEach(() => {
    clock = { now: 1_000_000 };
    lease = new SharedLease(clock);
    storage = new MemoryStorage();
  });
  afterEach(async () => {
    for (const leadership of started.splice(0)) await leadership.stop();
  });

  it('elects one leader with a fresh epoch; the other follows', async () => {
    const a = make('a');
    const b = make('b');
    const changes: boolean[] = [];
    a.onChange((leading) => changes.push(leading));
    await a.start();
    await b.start();
    assert.equal(a.currentEpoch(), 1);
    assert.equal(b.currentEpoch(), undefined);
    assert.deepEqual(changes, [true]);
  });

  it('stops leading at once when a renewal fails, and its fenced writes are refused', async () => {
    const a = make('a');
    await a.start();
    const changes: boolean[] = [];
    a.onChange((leading) => changes.push(leading));
    const leaderStorage = new LeaderStorage(storage, a);
    await leaderStorage.write('watcher/snapshot', 1);
    lease.failRenewals = true;
    clock.now += 5000;
    await tick(a);
    assert.equal(a.currentEpoch(), undefined);
    assert.deepEqual(changes, [false]);
    await assert.rejects(leaderStorage.write('watcher/snapshot', 2), isNotLeader);
  });

  it('a paused leader counts itself out before its lease expires, and a successor fences it', async () => {
    const a = make('a');
    const b = make('b');
    await a.start();
    await b.start();
    const oldWrites = new LeaderStorage(storage, a);
    const fencedOld = storage.fenced(a.currentEpoch() ?? -1);
    clock.now += TIMING.leaseSeconds * 1000 - TIMING.safetyMs;
    assert.equal(a.currentEpoch(), undefined, 'no longer leading 2 s before the lease could expire');
    clock.now += TIMING.safetyMs;
    await tick(b);
    assert.equal(b.currentEpoch(), 2);
    await assert.rejects(oldWrites.write('deliveries/x/1', 'sending', null), isNotLeader);
    await assert.rejects(fencedOld.write('deliveries/x/1', 'sending', null), isNotLeader, 'even a write that passed the local check is fenced');
    await tick(a);
    assert.equal(a.currentEpoch(), undefined, 'the old leader does not get the lease back');
  });

  it("counts a slow renewal's freshness from when it was sent, not from its reply", async () => {
    const a = make('a');
    const b = make('b');
    await a.start();
    await b.start();
    clock.now += 5000;
    const sentAt = clock.now;
    lease.latencyMs = 4000;
    await tick(a);
    assert.equal(clock.now, sentAt + 4000, 'the renewal took 4 s');
    assert.equal(a.currentEpoch(), 1);
    lease.latencyMs = 0;
    clock.now = sentAt + TIMING.leaseSeconds * 1000 - TIMING.safetyMs;
    assert.equal(a.currentEpoch(), undefined, 'out 2 s before the lease granted at the send expires (it would still lead counting from the reply)');
    clock.now = sentAt + TIMING.leaseSeconds * 1000;
    await tick(b);
    assert.equal(b.currentEpoch(), 2, 'the successor takes over when that lease expires');
  });

  it("counts a slow acquisition's freshness from when it was sent", async () => {
    const a = make('a');
    const sentAt = clock.now;
    lease.latencyMs = 4000;
    await a.start();
    assert.equal(a.currentEpoch(), 1);
    lease.latencyMs = 0;
    clock.now = sentAt + TIMING.leaseSeconds * 1000 - TIMING.safetyMs;
    assert.equal(a.currentEpoch(), undefined);
  });

  it('hands over at once on stop (the lease is released)', async () => {
    const a = make('a');
    const b = make('b');
    await a.start();
    await b.start();
    await a.stop();
    await tick(b);
    assert.equal(b.currentEpoch(), 2);
  });
});
