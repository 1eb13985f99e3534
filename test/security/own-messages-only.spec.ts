import { strict as assert } from 'node:assert';
import { SentMessageStore } from '../../src/bot/sent-message-store';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { actionInvoke, CONVERSATION_ID, messageActivity, submitActivity } from './support/activities';
import type { BotAnswer } from './support/bot-client';
import { VALID_ALERT_ID } from './support/hostile-values';
import { ADMIN, startSecurityApp, type SecurityApp } from './support/security-app';

const updates = (app: SecurityApp, since: number): string[] =>
  app.connector.callsSince(since).filter((call) => call.method === 'PUT').map((call) => call.path);
const posts = (app: SecurityApp, since: number): number =>
  app.connector.callsSince(since).filter((call) => call.method === 'POST').length;
const cardMessageId = (answer: BotAnswer): string =>
  answer.sent.find((call) => call.method === 'POST' && Array.isArray(call.activity.attachments))?.id ?? assert.fail('no card sent');
const openCardClick = (app: SecurityApp, replyToId: string): Record<string, unknown> =>
  ({ ...submitActivity(app.connector.url, ADMIN, { verb: 'alert.open', alertId: VALID_ALERT_ID }), replyToId });
const updatePath = (activityId: string): string => `/v3/conversations/${encodeURIComponent(CONVERSATION_ID)}/activities/${activityId}`;

describe('security: the bot updates only its own messages (card actions carry a client-chosen replyToId)', function () {
  this.timeout(30_000);
  const storage = new MemoryStorage();
  let app: SecurityApp;
  let cardId = '';
  before(async () => {
    app = await startSecurityApp({ sentMessages: new SentMessageStore(storage) });
  });
  after(async () => app.close());

  it('updates a card it sent when an old client clicks it (Action.Submit fallback)', async () => {
    cardId = cardMessageId(await app.client.send(messageActivity(app.connector.url, ADMIN, 'alerts')));
    const since = app.connector.calls.length;
    await app.client.send(openCardClick(app, cardId));
    assert.deepEqual(updates(app, since), [updatePath(cardId)]);
  });

  it('does not overwrite a message it never sent: the card goes out as a new message', async () => {
    for (const replyToId of ['someone-elses-message', 'card-message-1']) {
      const since = app.connector.calls.length;
      await app.client.send(openCardClick(app, replyToId));
      assert.deepEqual(updates(app, since), [], replyToId);
      assert.equal(posts(app, since), 1, 'a new message instead');
    }
    assert.ok(app.logs.some((line) => line.includes('update refused: not a message this bot sent')));
  });

  it('does not let a refresh button aim its later card update at another message', async () => {
    const since = app.connector.calls.length;
    const invoke = actionInvoke(app.connector.url, ADMIN, 'alert.refresh', { alertId: VALID_ALERT_ID, page: 0 });
    const answer = await app.client.send({ ...invoke, replyToId: 'someone-elses-message' });
    assert.equal(answer.status, 200, answer.rawBody);
    await app.app.background.idle();
    assert.deepEqual(updates(app, since), []);
    assert.ok(posts(app, since) >= 1, 'the refreshed card still arrives, as a new message');
  });

  it('remembers what it sent in storage, so a restarted bot still updates its cards', async () => {
    const restarted = await startSecurityApp({ sentMessages: new SentMessageStore(storage) });
    try {
      const since = restarted.connector.calls.length;
      await restarted.client.send({ ...openCardClick(app, cardId), serviceUrl: restarted.connector.url });
      assert.deepEqual(updates(restarted, since), [updatePath(cardId)]);
    } finally {
      await restarted.close();
    }
  });
});
