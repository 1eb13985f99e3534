import assert from 'node:assert/strict';
import type { ConversationScope } from '../../src/use-cases/turn';
import type { ConversationEvents } from '../../src/notifications/conversation-events';
import type { ConversationAddress } from '../../src/notifications/conversation-address';
import { PimActivityHandler } from '../../src/bot/pim-activity-handler';
import { UNSUPPORTED_INVOKE_TEXT } from '../../src/bot/unsupported-invoke';
import { VERBS } from '../../src/cards/verbs';
import { silentLogger } from '../../src/logging/json-logger';
import { ROUTES } from '../../src/routes/route-table';
import { Router } from '../../src/routes/router';
import { activity, BOT, cardAction, mentionMessage, message } from '../support/fakes/activities';
import { alertIdOf } from '../support/fakes/alert-fixtures';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../support/fakes/use-case-deps';
import { RecordingAdapter } from '../support/fakes/recording-adapter';

const STALE = alertIdOf('StaleSignInAlert');

class RecordingEvents implements ConversationEvents {
  readonly log: string[] = [];
  seen(reference: ConversationAddress, scope: ConversationScope): Promise<void> {
    this.log.push(`seen ${reference.conversation?.id} ${scope}`);
    return Promise.resolve();
  }
  installed(reference: ConversationAddress, scope: ConversationScope): Promise<void> {
    this.log.push(`installed ${reference.conversation?.id} ${scope} ${reference.serviceUrl}`);
    return Promise.resolve();
  }
  removed(conversationId: string): Promise<void> {
    this.log.push(`removed ${conversationId}`);
    return Promise.resolve();
  }
}

function setup(deps: TestUseCaseDeps = makeUseCaseDeps()) {
  const adapter = new RecordingAdapter();
  const events = new RecordingEvents();
  const handler = new PimActivityHandler({
    router: new Router(ROUTES, deps),
    events, adapter, botAppId: '', logger: silentLogger,
  });
  const send = (input: Parameters<RecordingAdapter['turn']>[0]) => adapter.turn(input, (context) => handler.run(context));
  return { adapter, events, send, deps };
}

describe('PimActivityHandler', () => {
  it('strips the bot mention before routing, and records the conversation as seen', async () => {
    const { adapter, events, send } = setup();
    await send(mentionMessage('ALERT staleSignIn', 'channel'));
    assert.equal(adapter.sent.length, 1);
    assert.equal(adapter.sent[0]?.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(events.log, ['seen conv-channel channel']);
  });

  it('answers unknown text with help', async () => {
    const { adapter, send } = setup();
    await send(message('what is this'));
    assert.match(adapter.texts[0]!, /I don't know "what"/);
  });

  it('routes adaptiveCard/action invokes to the action table and returns the invoke response', async () => {
    const { adapter, send } = setup();
    await send(cardAction(VERBS.openAlert, { alertId: STALE }));
    const [response] = adapter.invokeResponses;
    assert.equal(response?.status, 200);
    assert.equal(response?.body.type, 'application/vnd.microsoft.card.adaptive');
  });

  it('answers a malformed invoke with 400, not a crash', async () => {
    const { adapter, send } = setup();
    await send(activity({ type: 'invoke', name: 'adaptiveCard/action', value: { nothing: true } }));
    await send(activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'nope' } } }));
    assert.deepEqual(adapter.invokeResponses.map((response) => response.status), [400, 400]);
  });

  it('answers other invokes (dialogs, message extensions, feedback, no name) with a readable 200, never a 5xx', async () => {
    const { adapter, send, deps } = setup();
    const names = ['task/fetch', 'task/submit', 'composeExtension/query', 'message/submitAction', 'application/search', 'signin/verifyState', undefined];
    for (const name of names) await send(activity({ type: 'invoke', name, value: { anything: true } }));
    const responses = adapter.invokeResponses as unknown as { status: number; body: unknown }[];
    assert.deepEqual(responses.map((response) => response.status), names.map(() => 200));
    assert.deepEqual(responses[0]?.body, { task: { type: 'message', value: UNSUPPORTED_INVOKE_TEXT } });
    assert.deepEqual(responses[2]?.body, { composeExtension: { type: 'message', text: UNSUPPORTED_INVOKE_TEXT } });
    for (const response of responses.slice(3)) {
      assert.deepEqual(response.body, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: UNSUPPORTED_INVOKE_TEXT });
    }
    assert.equal(deps.pim.calls.length, 0);
  });

  it('updates the card in background after a refresh, through the adapter (later)', async () => {
    const { adapter, send, deps } = setup();
    await send(cardAction(VERBS.refresh, { alertId: STALE, page: 0 }, 'card-42'));
    await deps.background.idle();
    assert.equal(adapter.updated.length, 1);
    assert.equal(adapter.updated[0]?.id, 'card-42');
    assert.equal(adapter.continued[0]?.conversation?.id, 'conv-personal');
  });

  it('runs Action.Submit fallbacks like invokes and updates the clicked card', async () => {
    const { adapter, send } = setup();
    await send(message('', 'personal', { value: { verb: VERBS.dismiss, alertId: STALE }, replyToId: 'card-9' }));
    assert.equal(adapter.updated[0]?.id, 'card-9');
    assert.match(JSON.stringify(adapter.updated[0]), /Dismissed by Ada Admin/);
  });

  it('emits installed/removed for installation updates, bot added/removed and team deleted', async () => {
    const { events, send } = setup();
    await send(activity({ type: 'installationUpdate', action: 'add' }, 'groupChat'));
    await send(activity({ type: 'installationUpdate', action: 'remove' }, 'groupChat'));
    await send(activity({ type: 'conversationUpdate', membersAdded: [BOT] }, 'channel'));
    await send(activity({ type: 'conversationUpdate', membersAdded: [{ id: '29:someone', name: 'x' }] }, 'channel'));
    await send(activity({ type: 'conversationUpdate', membersRemoved: [BOT] }, 'channel'));
    await send(activity({ type: 'conversationUpdate', channelData: { eventType: 'teamDeleted', team: { id: 'team-1' }, tenant: { id: 'tenant-1' } } }, 'channel'));
    assert.deepEqual(events.log, [
      'installed conv-groupChat groupChat http://127.0.0.1:1/',
      'removed conv-groupChat',
      'installed team-1 channel http://127.0.0.1:1/',
      'removed conv-channel',
      'removed conv-channel',
    ]);
  });

  it('records a team install, and welcomes it, in the General channel (the team id), whichever channel it came from', async () => {
    const { events, send } = setup();
    const fromAlertsChannel = { id: '19:alerts@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: 'PIM Alerts' };
    const teamData = { tenant: { id: 'tenant-1' }, team: { id: '19:general@thread.tacv2' }, channel: { id: '19:alerts@thread.tacv2' } };
    await send(activity({ type: 'installationUpdate', action: 'add', conversation: fromAlertsChannel, channelData: teamData }, 'channel'));
    await send(activity({ type: 'conversationUpdate', membersAdded: [BOT], conversation: fromAlertsChannel, channelData: teamData }, 'channel'));
    assert.deepEqual(events.log, [
      'installed 19:general@thread.tacv2 channel http://127.0.0.1:1/',
      'installed 19:general@thread.tacv2 channel http://127.0.0.1:1/',
    ]);
  });
});
