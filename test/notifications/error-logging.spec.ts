import assert from 'node:assert/strict';
import sinon from 'sinon';
import { AppError } from '../../src/errors/app-error';
import { DeliveryQueue } from '../../src/notifications/delivery-queue';
import type { Notifications } from '../../src/notifications/create-notifications';
import { RecordingLogger } from '../support/fakes/recording-logger';
import { alertWith, incident } from './support/alert-fixtures';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

const LIMITS = { perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8 };

/** The `error` field of the one entry whose message matches: the thrown value itself, not a flattened string. */
function loggedError(logger: RecordingLogger, message: RegExp): unknown {
  const entries = logger.find(message);
  assert.equal(entries.length, 1, `one "${String(message)}" entry in ${JSON.stringify(logger.entries.map((entry) => entry.message))}`);
  return entries[0]!.fields.error;
}

describe('notifications log failures as errors (stack and cause kept for the logger)', () => {
  let clock: VirtualClock;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let logger: RecordingLogger;
  let notifications: Notifications;
  beforeEach(() => {
    clock = new VirtualClock();
    pim = new FakePimAlerts();
    sender = new RecordingSender(() => clock.now());
    logger = new RecordingLogger();
    notifications = makeNotifications({ sender, pim, clock, logger });
  });

  it('a failed watcher poll', async () => {
    const timers = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pim.graphDown = true;
    notifications.watcher.start();
    await timers.tickAsync(1);
    await notifications.watcher.stop();
    const error = loggedError(logger, /watcher poll failed/);
    assert.ok(error instanceof AppError && error.code === 'graphUnavailable' && error.stack);
  });

  it("an alert whose incidents could not be read", async () => {
    pim.alerts = [alertWith('StaleSignInAlert', 'medium', [incident('a')])];
    const thrown = new AppError('graphUnavailable', { cause: new Error('socket hang up') });
    pim.getAlert = () => Promise.reject(thrown);
    await notifications.watcher.pollNow();
    assert.equal(loggedError(logger, /incidents not read/), thrown);
  });

  it('a welcome card that could not be posted', async () => {
    sender.responder = () => ({ ok: false, status: 403, code: 'BotDisabledByAdmin' });
    await notifications.registry.installed(referenceFor('19:team@thread.tacv2', 'channel'), 'channel');
    const error = loggedError(logger, /welcome card not posted/);
    assert.ok(error instanceof Error && /403 BotDisabledByAdmin/.test(error.message));
  });

  it('a send whose attempt could not be recorded, and a sender that threw', async () => {
    const queue = new DeliveryQueue(sender, { ...LIMITS, maxSendAttempts: 1 }, logger, clock);
    const recordFailure = new Error('disk full');
    await queue.send({ conversationId: 'c1', tenantId: 't', reference: referenceFor('c1') }, { text: 'hi' }, () => Promise.reject(recordFailure));
    assert.equal(loggedError(logger, /could not record the attempt/), recordFailure);
    const bug = new TypeError('sender bug');
    sender.responder = () => Promise.reject(bug);
    const outcome = await queue.send({ conversationId: 'c2', tenantId: 't', reference: referenceFor('c2') }, { text: 'hi' });
    assert.equal(outcome.delivered, false);
    assert.equal(loggedError(logger, /sender threw/), bug);
  });
});
