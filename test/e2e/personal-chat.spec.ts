import assert from 'node:assert/strict';
import { cardText } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
const STALE = 'StaleSignInAlert';

/** The admin (the yml's current user) in personal chat, typing commands and clicking card buttons. */
describe('e2e: personal chat through the Agents Playground', function () {
  this.timeout(90_000);
  let stack: E2eStack;
  let chat: Conversation;

  before(async () => {
    stack = await startE2eStack();
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-40).join('\n')}\n`);
  });

  it('help lists the commands', async () => {
    const reply = await chat.say('help', 'Here is what I can do');
    for (const command of ['alerts', 'alert _alert_', 'incidents _alert_', 'dismiss _alert_', 'refresh', 'remediate', 'config']) {
      assert.ok(reply.message?.text?.includes(command), `help mentions ${command}`);
    }
  });

  it('alerts shows the list card with the active alerts', async () => {
    const reply = await chat.say('alerts', 'PIM security alerts');
    assert.match(cardText(reply.message?.attachments?.[0]?.content), /3 active \(12 incidents\)/);
  });

  it('alert tooManyGlobalAdmins shows the alert card with its buttons', async () => {
    const reply = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const text = cardText(reply.message?.attachments?.[0]?.content);
    assert.match(text, /Dismiss/);
    assert.match(text, /Refresh/);
    assert.match(text, /Remediate/);
  });

  it('incidents staleSignIn lists its incidents', async () => {
    await chat.say('incidents staleSignIn', /incident/i);
  });

  it('config staleSignIn shows the alert settings', async () => {
    await chat.say('config staleSignIn', /inactiv|days|threshold/i);
  });

  it('an unknown command gets a clear answer', async () => {
    const reply = await chat.say('frobnicate', 'I don\'t know "frobnicate"');
    assert.doesNotMatch(reply.message?.text ?? '', /Here is what I can do/, 'a short answer, not the whole help');
    const typo = await chat.say('alrets', 'I don\'t know "alrets"');
    assert.match(typo.message?.text ?? '', /Did you mean \*\*alerts\*\*\?/);
  });

  it('Refresh: a Scanning card at once, then the same card updated in place with fresh counts', async () => {
    const card = await chat.say('alert staleSignIn', /stale/i);
    assert.match(cardText(card.message?.attachments?.[0]?.content), /\b3 incidents?\b|Incidents\n3\b/);
    await stack.simulator.addIncidents((await stack.simulator.alert(STALE)).id, 2);
    const reply = await chat.click(card, 'alert.refresh');
    assert.equal(reply.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(reply.value), /Scanning/);
    const updated = await chat.updated(card, /Refresh/);
    assert.match(cardText(updated.message?.attachments?.[0]?.content), /\b5 incidents?\b|Incidents\n5\b/);
  });

  it('Remediate: a confirmation card, then Confirm removes the incident in the simulator', async () => {
    const alert = await stack.simulator.alert(TOO_MANY);
    const before = await stack.simulator.incidentIds(alert.id);
    const card = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const confirm = await chat.click(card, 'incident.remediate');
    assert.equal(confirm.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(confirm.value), /Confirm/);
    const confirmEvent = { ...card, message: { ...card.message!, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: confirm.value }] } };
    const done = await chat.click(confirmEvent, 'incident.remediate.confirm');
    assert.equal(done.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(done));
    const after = await stack.simulator.incidentIds(alert.id);
    assert.equal(after.length, before.length - 1);
  });

  it('Dismiss: the card is replaced by a dismissed card and the simulator shows isActive false', async () => {
    assert.equal((await stack.simulator.alert(STALE)).isActive, true);
    const card = await chat.say('alert staleSignIn', /stale/i);
    const reply = await chat.click(card, 'alert.dismiss');
    assert.equal(reply.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(reply));
    assert.match(cardText(reply.value), /dismissed/i);
    assert.equal((await stack.simulator.alert(STALE)).isActive, false);
  });
});
