import assert from 'node:assert/strict';
import { AppError } from '../../src/errors/app-error';
import { ConsoleTelemetry } from '../../src/telemetry/console-telemetry';
import { OpenTelemetry } from '../../src/telemetry/open-telemetry';
import { startTelemetry } from '../../src/telemetry/start-telemetry';
import { METRICS, noTelemetry, telemetry, useTelemetry } from '../../src/telemetry/telemetry';
import { audited } from '../../src/use-cases/audited-write';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { makeNotifications } from '../notifications/support/notifications-harness';
import { RecordingSender } from '../notifications/support/recording-sender';
import { VirtualClock } from '../notifications/support/virtual-clock';
import { alertId, SimulatorHarness } from '../pim/support/simulator-harness';
import { runCommand } from '../routes/commands/run-command';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { RecordingLogger } from '../support/fakes/recording-logger';
import { RecordingTelemetry } from '../support/fakes/recording-telemetry';
import { RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

/** Waits (a few ms at a time, at most 5 s) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 5) {
    if (waited > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('telemetry', () => {
  let recorder: RecordingTelemetry;
  let restore: () => void;
  beforeEach(() => {
    recorder = new RecordingTelemetry();
    restore = useTelemetry(recorder);
  });
  afterEach(() => restore());

  describe('Graph calls (simulator)', () => {
    const sim = new SimulatorHarness();
    before(() => sim.start(50));
    after(() => sim.stop());
    beforeEach(() => sim.reset());

    it('a span per Graph call (operation and method, no path), failed ones with their code; 429s counted as Graph throttling', async () => {
      await sim.fault({ match: { method: 'GET', path: '/alerts' }, count: 1, kind: 'throttle', retryAfterSeconds: 1 });
      await sim.client().listAlerts();
      await sim.fault({ match: { path: 'StaleSignInAlert' }, count: 1, kind: 'status', status: 403 });
      await assert.rejects(sim.client().getAlert(alertId('StaleSignInAlert')));
      assert.deepEqual(recorder.spans.map((span) => [span.name, span.outcome, span.code]), [['graph listAlerts', 'ok', undefined], ['graph getAlert', 'error', 'graphForbidden']]);
      assert.deepEqual(recorder.spans[0]!.attributes, { 'graph.operation': 'listAlerts', 'http.request.method': 'GET' });
      assert.deepEqual(recorder.of(METRICS.throttled).map((m) => m.attributes), [{ source: 'graph' }]);
      assert.doesNotMatch(recorder.dump(), /StaleSignInAlert|DirectoryRole_|roleManagementAlerts/, 'no ids or paths');
    });
  });

  describe('the watcher and its sends', () => {
    it('poll duration by outcome, time from Graph\'s change to the posted notification, sends by outcome, Teams 429s; no extra Graph request', async () => {
      const clock = new VirtualClock(Date.parse('2026-12-07T09:00:00Z'));
      const pim = new FakePimAlerts([alertWith('StaleSignInAlert', 'medium', [incident('a')])]);
      let first = true;
      const sender = new RecordingSender(() => clock.now(), () => {
        if (!first) return { ok: true };
        first = false;
        return { ok: false, status: 429, retryAfterMs: 10 };
      });
      const notifications = makeNotifications({ sender, pim, clock });
      await notifications.conversations.save(referenceFor('team', 'channel'), 'channel');
      await notifications.subscriptions.subscribe('team', 'informational', { id: 'a', name: 'A' });
      notifications.watcher.start();
      await until(() => recorder.of(METRICS.pollDuration).length === 1);
      await notifications.watcher.stop();
      pim.alerts[0] = { ...alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b')]), lastModifiedDateTime: '2026-12-07T08:52:30Z' };
      pim.resetCalls();
      notifications.watcher.start();
      await until(() => recorder.of(METRICS.pollDuration).length === 2);
      await notifications.watcher.stop();
      assert.equal(pim.count('listAlerts'), 1, 'one list request per poll, telemetry or not');
      assert.deepEqual(recorder.of(METRICS.pollDuration).map((m) => m.attributes.outcome), ['baseline', 'ok']);
      const delays = recorder.of(METRICS.notifyDelay);
      assert.equal(delays.length, 1);
      assert.ok(delays[0]!.value >= 450 && delays[0]!.value < 460, `7.5 minutes after Graph's change, got ${delays[0]!.value} s`);
      assert.deepEqual(recorder.of(METRICS.throttled).map((m) => m.attributes), [{ source: 'teams' }]);
      assert.deepEqual(recorder.of(METRICS.sends).map((m) => m.attributes), [{ outcome: 'delivered' }]);
      assert.deepEqual(recorder.spans.filter((span) => span.name === 'teams send').map((span) => span.attributes['pim.attempt']), [1, 2]);
      pim.graphDown = true;
      notifications.watcher.start();
      await until(() => recorder.of(METRICS.pollDuration).length === 3);
      await notifications.watcher.stop();
      assert.deepEqual(recorder.of(METRICS.pollDuration).at(-1)?.attributes, { outcome: 'failed', code: 'graphUnavailable' });
    });
  });

  it('a span per turn named by its route, without what the user typed', async () => {
    const deps = makeUseCaseDeps();
    await runCommand(deps, 'alert "Top Secret Project" now', new RecordingTurn());
    assert.deepEqual(recorder.spans.filter((span) => span.name === 'turn').map((span) => span.attributes), [{ 'pim.route': 'alert' }]);
    assert.doesNotMatch(recorder.dump(), /Top Secret/);
  });

  it('counts audit entries that could not be written', async () => {
    const deps = makeUseCaseDeps();
    deps.audit.record = () => Promise.reject(new Error('disk full'));
    await assert.rejects(audited(deps, new RecordingTurn(), { action: 'dismiss', target: 'x' }, () => Promise.resolve()), /audit trail/);
    assert.deepEqual(recorder.of(METRICS.auditWriteFailures).map((m) => m.attributes), [{ action: 'dismiss', result: 'attempted' }]);
  });

  it('the console exporter writes spans and measurements as log lines; off is the default', async () => {
    const logger = new RecordingLogger();
    const console = new ConsoleTelemetry(logger);
    await console.span('graph listAlerts', { 'graph.operation': 'listAlerts' }, () => Promise.resolve());
    await assert.rejects(console.span('turn', {}, () => Promise.reject(new AppError('graphBusy'))));
    console.count(METRICS.sends, { outcome: 'delivered' });
    assert.deepEqual(logger.entries.map((entry) => [entry.message, entry.fields.span ?? entry.fields.metric, entry.fields.outcome, entry.fields.code]),
      [['telemetry span', 'graph listAlerts', 'ok', undefined], ['telemetry span', 'turn', 'error', 'graphBusy'], ['telemetry metric', 'pim.sends', 'delivered', undefined]]);
    restore();
    const stop = startTelemetry({ console: false }, new RecordingLogger());
    assert.equal(telemetry(), noTelemetry);
    await stop();
    startTelemetry({ console: true }, new RecordingLogger());
    assert.ok(telemetry() instanceof ConsoleTelemetry);
    restore = useTelemetry(noTelemetry);
  });

  it('the OpenTelemetry adapter runs with no SDK registered (the API\'s no-op providers) and keeps errors', async () => {
    const otel = new OpenTelemetry();
    assert.equal(await otel.span('turn', { 'pim.route': 'alerts' }, () => Promise.resolve(7)), 7);
    await assert.rejects(otel.span('turn', {}, () => Promise.reject(new AppError('timeout'))), (error) => error instanceof AppError);
    otel.count(METRICS.leaderChanges, { leading: true });
    otel.record(METRICS.pollDuration, 12, { outcome: 'ok', code: undefined });
  });
});
