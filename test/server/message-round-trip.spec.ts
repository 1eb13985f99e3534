import assert from 'node:assert/strict';
import { VERBS } from '../../src/cards/verbs';
import { cardAction, message } from '../support/fakes/activities';
import { alertIdOf } from '../support/fakes/alert-fixtures';
import { LoopbackConnector } from '../support/loopback-connector';
import { startTestApp, type RunningApp } from './test-app';

describe('/api/messages round trip (local mode)', () => {
  let running: RunningApp | undefined;
  const connector = new LoopbackConnector();
  let serviceUrl = '';
  before(async () => {
    serviceUrl = (await connector.start()).url;
  });
  after(() => connector.close());
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('a message comes in and the reply goes out to the serviceUrl', async () => {
    running = await startTestApp();
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message('alerts', 'personal', { serviceUrl })),
    });
    assert.equal(response.status, 200);
    await connector.waitFor(1);
    const reply = connector.calls[0]!;
    assert.equal(reply.method, 'POST');
    assert.match(reply.path, /^\/v3\/conversations\/conv-personal\/activities/);
    const attachments = reply.activity.attachments as { contentType: string; content: { body: unknown[] } }[];
    assert.equal(attachments[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(attachments[0]?.content), /PIM security alerts/);
  });

  it('a card action returns its invoke response in the HTTP reply, then updates the card (one the bot sent) via the connector', async () => {
    running = await startTestApp();
    const sending = connector.calls.length;
    await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message('alerts', 'personal', { serviceUrl })),
    });
    await connector.waitFor(sending + 1);
    const cardId = connector.calls[sending]!.id;
    const before = connector.calls.length;
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...cardAction(VERBS.refresh, { alertId: alertIdOf('StaleSignInAlert'), page: 0 }, cardId), serviceUrl }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    assert.equal(body.statusCode, 200);
    assert.match(JSON.stringify(body.value), /Scanning staleSignIn/);
    await running.app.background.idle();
    await connector.waitFor(before + 1);
    const update = connector.calls[before]!;
    assert.equal(update.method, 'PUT');
    assert.ok(update.path.endsWith(`/activities/${cardId}`), update.path);
  });
});
