import assert from 'node:assert/strict';
import { TurnContext } from 'botbuilder';
import { addressOf, createBotTurn, toActivity } from '../../src/bot/teams-activity';
import { activity, message } from '../support/fakes/activities';
import { RecordingAdapter } from '../support/fakes/recording-adapter';

describe('createBotTurn', () => {
  it('maps the activity to user, conversation scope, tenant, team and correlation id', () => {
    const adapter = new RecordingAdapter();
    const turn = createBotTurn(new TurnContext(adapter, message('hi', 'channel', { id: 'act-77', replyToId: 'card-1' })), adapter, '');
    assert.deepEqual(turn.conversation, { id: 'conv-channel', type: 'channel', tenantId: 'tenant-1', teamId: 'team-1' });
    assert.equal(turn.user.name, 'Ada Admin');
    assert.equal(turn.correlationId, 'act-77');
    assert.equal(turn.sourceMessageId, 'card-1');
  });

  it('treats a missing conversation type as personal', () => {
    const adapter = new RecordingAdapter();
    const input = activity({ type: 'message', conversation: { id: 'c', isGroup: false, name: '', conversationType: '' } });
    assert.equal(createBotTurn(new TurnContext(adapter, input), adapter, '').conversation.type, 'personal');
  });

  it('replies, updates, and later sends through a continued conversation', async () => {
    const adapter = new RecordingAdapter();
    const turn = createBotTurn(new TurnContext(adapter, message('hi')), adapter, '');
    const id = await turn.reply({ card: { type: 'AdaptiveCard' }, text: 'above' });
    await turn.update(id, { text: 'edited' });
    const laterId = await turn.later().send({ text: 'later' });
    assert.equal(adapter.sent[0]?.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(adapter.sent[0]?.text, 'above');
    assert.deepEqual([adapter.updated[0]?.id, adapter.updated[0]?.text], [id, 'edited']);
    assert.equal(adapter.continued[0]?.conversation?.id, 'conv-personal');
    assert.match(laterId, /^sent-/);
  });
});

describe('toActivity and addressOf (the one conversion for replies, updates and proactive sends)', () => {
  it('a card message becomes an Adaptive Card attachment with its text and its summary (the notification preview)', () => {
    const sent = toActivity({ card: { type: 'AdaptiveCard' }, text: 'above', summary: 'Daily PIM alerts digest: 2 new incidents.' });
    assert.equal(sent.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(sent.text, 'above');
    assert.equal(sent.summary, 'Daily PIM alerts digest: 2 new incidents.');
    assert.deepEqual([toActivity({ text: 'plain' }).text, toActivity({ text: 'plain' }).attachments ?? []], ['plain', []]);
  });

  it('the address of an activity names its conversation, service URL and bot, for posting later', () => {
    const address = addressOf(message('hi', 'channel'));
    assert.equal(address.conversation?.id, 'conv-channel');
    assert.equal(typeof address.serviceUrl, 'string');
    assert.ok(address.bot?.id);
  });
});
