import assert from 'node:assert/strict';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { RecordingLogger } from '../support/fakes/recording-logger';
import { referenceFor } from './support/conversation-fixtures';
import { ADMIN_ID, makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

const DAY = 86_400_000;
const by = { id: ADMIN_ID, name: 'Admin' };

/** CLIENT_SECRET_EXPIRES_ON: the leader's poll warns in the log and tells subscribed conversations, once per stage. */
describe('client secret expiry warning', () => {
  const start = Date.parse('2027-06-01T00:00:00Z');
  let clock: VirtualClock;
  let sender: RecordingSender;
  let logger: RecordingLogger;
  const storage = (): MemoryStorage => new MemoryStorage();

  const wire = async (expiresAt: string | undefined, shared = storage()): Promise<ReturnType<typeof makeNotifications>> => {
    const notifications = makeNotifications({ sender, pim: new FakePimAlerts(), clock, logger, storage: shared, clientSecretExpiresAt: expiresAt });
    await notifications.conversations.save(referenceFor('ops-channel'), 'personal');
    await notifications.subscriptions.subscribe('ops-channel', 'high', by);
    return notifications;
  };
  const texts = (): string[] => sender.delivered.map((sent) => JSON.stringify(sent.message));

  beforeEach(() => {
    clock = new VirtualClock(start);
    sender = new RecordingSender(() => clock.now());
    logger = new RecordingLogger();
  });

  it('says nothing more than 30 days ahead, then warns (log + message) once per stage: 30 days, 7 days, 1 day, expired', async () => {
    const shared = storage();
    const notifications = await wire('2027-07-15T00:00:00.000Z', shared);
    await notifications.watcher.pollNow();
    assert.deepEqual(texts(), []);
    assert.deepEqual(logger.find(/client secret/), []);

    clock.time = Date.parse('2027-06-16T00:00:00Z');
    await notifications.watcher.pollNow();
    await notifications.watcher.pollNow();
    assert.equal(texts().length, 1, 'one message per stage, however often it polls');
    assert.match(texts()[0]!, /client secret this bot uses \(MicrosoftAppPassword \/ AZURE_CLIENT_SECRET\) expires on 2027-07-15 \(in 29 days\)/);
    assert.equal(logger.find(/expires on 2027-07-15/)[0]?.level, 'warn');

    const successor = await wire('2027-07-15T00:00:00.000Z', shared);
    await successor.watcher.pollNow();
    assert.equal(texts().length, 1, 'a new leader does not repeat the stage');

    for (const [day, expected] of [['2027-07-10', /in 5 days/], ['2027-07-14T12:00:00Z', /in 1 day\b/], ['2027-07-16', /expired on 2027-07-15/]] as const) {
      clock.time = Date.parse(day);
      await successor.watcher.pollNow();
      assert.match(texts().at(-1)!, expected);
    }
    assert.equal(texts().length, 4);
  });

  it('goes to the operations conversation alone when one was chosen (watch here)', async () => {
    const notifications = makeNotifications({
      sender, pim: new FakePimAlerts(), clock, logger, clientSecretExpiresAt: '2027-06-20T00:00:00.000Z', opsConversation: () => Promise.resolve('ops-room'),
    });
    for (const id of ['ops-room', 'channel']) {
      await notifications.conversations.save(referenceFor(id), 'personal');
      await notifications.subscriptions.subscribe(id, 'high', by);
    }
    await notifications.watcher.pollNow();
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId), ['ops-room']);
  });

  it('without CLIENT_SECRET_EXPIRES_ON nothing is said, even on the last day', async () => {
    const notifications = await wire(undefined);
    clock.time = start + 400 * DAY;
    await notifications.watcher.pollNow();
    assert.deepEqual(texts(), []);
  });
});
