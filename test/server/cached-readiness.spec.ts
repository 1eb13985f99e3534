import assert from 'node:assert/strict';
import { JsonLogger } from '../../src/logging/json-logger';
import { CachedReadiness } from '../../src/server/cached-readiness';
import type { ReadinessCheck } from '../../src/server/readiness';

/** A check whose runs are counted and which settles only when the test says so. */
class GatedCheck implements ReadinessCheck {
  readonly name = 'graph';
  runs = 0;
  private release: ((error?: Error) => void) | undefined;

  check(): Promise<void> {
    this.runs += 1;
    return new Promise((resolve, reject) => {
      this.release = (error) => (error ? reject(error) : resolve());
    });
  }

  settle(error?: Error): void {
    this.release?.(error);
  }
}

describe('CachedReadiness', () => {
  let clock = 0;
  const logs: string[] = [];
  const logger = new JsonLogger('debug', (line) => logs.push(line));
  beforeEach(() => {
    clock = 1_000_000;
    logs.length = 0;
  });
  const cached = (check: ReadinessCheck): CachedReadiness => new CachedReadiness([check], { logger, cacheMs: 30_000, now: () => clock });

  it('shares one in-flight run between concurrent callers', async () => {
    const check = new GatedCheck();
    const readiness = cached(check);
    const pending = [readiness.report(), readiness.report(), readiness.report()];
    check.settle();
    const reports = await Promise.all(pending);
    assert.equal(check.runs, 1);
    assert.ok(reports.every((report) => report.ready));
  });

  it('reuses the result until it is cacheMs old, then runs the checks again', async () => {
    const check = new GatedCheck();
    const readiness = cached(check);
    const first = readiness.report();
    check.settle();
    await first;
    clock += 29_999;
    assert.equal((await readiness.report()).ready, true);
    assert.equal(check.runs, 1);
    clock += 1;
    const second = readiness.report();
    check.settle(new Error('Graph unreachable'));
    assert.equal((await second).ready, false);
    assert.equal(check.runs, 2);
  });

  it('caches a failure too (no Graph call per request while down) and logs which check failed and why', async () => {
    const check = new GatedCheck();
    const readiness = cached(check);
    const first = readiness.report();
    check.settle(new Error('Graph unreachable'));
    assert.equal((await first).ready, false);
    assert.equal((await readiness.report()).ready, false);
    assert.equal(check.runs, 1);
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /"message":"not ready".*"graph".*Graph unreachable/);
  });
});
