import assert from 'node:assert/strict';
import sinon from 'sinon';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { describeWatchStatus } from '../../src/watch-health/watch-status';
import { alertWith } from '../notifications/support/alert-fixtures';
import { RecordingSender } from '../notifications/support/recording-sender';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { RecordingLogger } from '../support/fakes/recording-logger';
import { makeInstance, type Instance } from './support/watch-health-harness';

describe('watch health monitor: start', () => {
  let timers: sinon.SinonFakeTimers;
  let instance: Instance;

  beforeEach(() => {
    timers = sinon.useFakeTimers({ now: Date.parse('2026-12-07T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    instance = makeInstance(new MemoryStorage(), new FakePimAlerts([alertWith('StaleSignInAlert', 'medium', [])]), new RecordingSender(() => Date.now()));
  });

  afterEach(async () => {
    await instance.watchHealth.monitor.stop();
    timers.restore();
  });

  it('checks at once, not only after its first interval (60 s here): "watch" right after a start has an answer', async () => {
    const started = Date.now();
    instance.watchHealth.monitor.start();
    await timers.tickAsync(1);
    const status = instance.watchHealth.monitor.status();
    assert.equal(status.checkedAt, started, 'the first check ran at start');
    assert.doesNotMatch(describeWatchStatus(status, undefined, 'team', Date.now()), /has not run yet/);
  });

  it('then checks again every interval (a second start changes nothing)', async () => {
    instance.watchHealth.monitor.start();
    instance.watchHealth.monitor.start();
    await timers.tickAsync(60_000);
    assert.equal(instance.watchHealth.monitor.status().checkedAt, Date.parse('2026-12-07T08:01:00Z'));
  });
});

describe('watch health: alert time against the poll interval', () => {
  const start = (alertAfterSeconds: number, pollIntervalSeconds: number): RecordingLogger => {
    const logger = new RecordingLogger();
    makeInstance(new MemoryStorage(), new FakePimAlerts([]), new RecordingSender(() => Date.now()), { logger, alertAfterSeconds, pollIntervalSeconds });
    return logger;
  };

  it('warns at start when the alert time is not longer than two poll intervals: every quiet gap between polls would be told as an outage', () => {
    const [warning] = start(15 * 60, 900).find(/alert time/);
    assert.equal(warning?.level, 'warn');
    assert.deepEqual(warning?.fields, { alertAfterSeconds: 900, pollIntervalSeconds: 900 });
  });

  it('says nothing with the defaults (15 minutes against a 60 s poll)', () => {
    assert.deepEqual(start(15 * 60, 60).find(/alert time/), []);
  });
});
