import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import sinon from 'sinon';
import type { ConversationEvents } from '../../src/notifications/conversation-events';
import type { ConversationAddress } from '../../src/notifications/conversation-address';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { activity, message } from '../support/fakes/activities';
import { startTestApp, type RunningApp } from '../server/test-app';
import { FakeBotFrameworkKeys } from './support/fake-bot-framework-keys';
import { adapterWithKeysFrom } from './support/security-app';

const APP_ID = '99999999-9999-4999-8999-999999999999';
const PINNED = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const ENV = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'app-password-for-test', MicrosoftAppTenantId: PINNED };

/** Conversation events as the registry would store them. */
class RecordingEvents implements ConversationEvents {
  readonly stored: string[] = [];
  seen(reference: ConversationAddress): Promise<void> {
    this.stored.push(`seen ${reference.conversation?.id ?? '?'}`);
    return Promise.resolve();
  }
  installed(reference: ConversationAddress): Promise<void> {
    this.stored.push(`installed ${reference.conversation?.id ?? '?'}`);
    return Promise.resolve();
  }
  removed(conversationId: string): Promise<void> {
    this.stored.push(`removed ${conversationId}`);
    return Promise.resolve();
  }
}

function inTenant(item: Partial<Activity>, tenant: string): Partial<Activity> {
  return { ...item, conversation: { ...item.conversation!, tenantId: tenant }, channelData: { tenant: { id: tenant } } };
}

describe('security: tenant pinning (authenticated requests)', function () {
  this.timeout(30_000);
  let keys: FakeBotFrameworkKeys;
  let running: RunningApp;
  let events: RecordingEvents;
  before(async () => {
    keys = await new FakeBotFrameworkKeys().start();
  });
  after(async () => keys.close());
  beforeEach(async () => {
    events = new RecordingEvents();
    const adapter = adapterWithKeysFrom(loadConfig({ ...ENV, GRAPH_BASE_URL: 'http://127.0.0.1:9' }).bot, keys.metadataUrl, silentLogger, 'https://api.botframework.com');
    running = await startTestApp(ENV, [], { adapter, conversationEvents: events });
  });
  afterEach(async () => running.stop());

  const post = (item: Partial<Activity>): Promise<Response> => fetch(`${running.url}/api/messages`, {
    method: 'POST',
    body: JSON.stringify(item),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.genuineToken(APP_ID, item.serviceUrl ?? '')}` },
  });
  const installation = (): Partial<Activity> => activity({ type: 'installationUpdate', action: 'add' });

  it('serves the pinned tenant: a genuine install is recorded, an invoke answered', async () => {
    assert.equal((await post(inTenant(installation(), PINNED))).status, 200);
    assert.deepEqual(events.stored, ['installed conv-personal']);
    const invoke = await post(inTenant(activity({ type: 'invoke', name: 'task/fetch', value: {} }), PINNED));
    assert.equal(invoke.status, 200);
  });

  it('drops a genuine activity from another tenant with 403 before anything is stored or asked of Graph', async () => {
    for (const item of [installation(), message('alerts'), activity({ type: 'invoke', name: 'adaptiveCard/action', value: {} })]) {
      const answer = await post(inTenant(item, OTHER));
      assert.equal(answer.status, 403, item.type);
      assert.deepEqual(await answer.json(), { code: 'Forbidden', message: 'This bot does not serve this tenant or channel.' });
    }
    assert.deepEqual(events.stored, []);
    assert.equal(running.deps.pim.calls.length, 0);
  });

  it('drops an activity whose two tenant ids disagree, or that names none', async () => {
    const mixed = { ...inTenant(installation(), PINNED), channelData: { tenant: { id: OTHER } } };
    assert.equal((await post(mixed)).status, 403);
    const none = { ...installation(), conversation: { ...installation().conversation!, tenantId: undefined }, channelData: {} };
    assert.equal((await post(none)).status, 403);
    assert.deepEqual(events.stored, []);
  });

  it('drops an activity whose tenant id is not a string (array, object), even beside the pinned one', async () => {
    for (const forged of [[PINNED], { id: PINNED }, [OTHER]] as unknown[]) {
      const asConversation = { ...installation(), conversation: { ...installation().conversation!, tenantId: forged as string }, channelData: {} };
      assert.equal((await post(asConversation)).status, 403, JSON.stringify(forged));
      const asChannelData = { ...inTenant(installation(), PINNED), channelData: { tenant: { id: forged } } };
      assert.equal((await post(asChannelData)).status, 403, JSON.stringify(forged));
    }
    assert.deepEqual(events.stored, []);
    assert.equal(running.deps.pim.calls.length, 0);
  });

  it('answers 401 (not 503) to a token that names the published key id but is signed with another key', async () => {
    sinon.stub(console, 'error'); // botbuilder prints every refused token itself
    for (const token of [keys.forgedToken(APP_ID), keys.unknownKeyToken(APP_ID)]) {
      const answer = await fetch(`${running.url}/api/messages`, {
        method: 'POST', body: JSON.stringify(inTenant(installation(), PINNED)),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      assert.equal(answer.status, 401, await answer.text());
    }
    assert.deepEqual(events.stored, []);
  });
});
