import assert from 'node:assert/strict';
import { cardActions, cardOf, cardText } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
const NOT_ADMIN = /Only PIM alert administrators can do that/;

function dumpOnFailure(this: Mocha.Context, stack: () => E2eStack | undefined): void {
  if (this.currentTest?.state === 'failed') process.stdout.write(`${stack()?.output.slice(-40).join('\n')}\n`);
}

describe('e2e: team channel through the Agents Playground (current user is the admin)', function () {
  this.timeout(90_000);
  let stack: E2eStack;
  let channel: Conversation;

  before(async () => {
    stack = await startE2eStack();
    const team = stack.config.teams[0]!;
    await stack.client.install(team.id);
    channel = new Conversation(stack, team.channels[1]!.id, stack.config.currentUser.id, true);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    dumpOnFailure.call(this, () => stack);
  });

  it('answers an @mention in a channel: the mention is stripped and the command runs', async () => {
    const reply = await channel.say('alerts', 'PIM security alerts');
    assert.match(cardText(reply.message?.attachments?.[0]?.content), /active/);
  });

  it('posts channel cards without write buttons (user-specific views) and refuses a non-admin\'s forged Dismiss', async () => {
    const card = await channel.say('alert tooManyGlobalAdmins', /global administrators/i);
    const actions = cardActions(cardOf(card)).map((action) => action.verb);
    assert.ok(!actions.includes('alert.dismiss') && !actions.includes('alert.remediate'), `no write buttons for everyone: ${actions.join(', ')}`);
    const megan = stack.config.users[0]!.id;
    const alertId = (await stack.simulator.alert(TOO_MANY)).id;
    const reply = await channel.as(megan).execute(card, 'alert.dismiss', { alertId });
    assert.match(JSON.stringify(reply), NOT_ADMIN);
    assert.equal((await stack.simulator.alert(TOO_MANY)).isActive, true);
  });
});

// The Playground always sends typed messages as its current user, so "a non-admin types a write command"
// runs with a bot whose only admin is someone else (Megan).
describe('e2e: a user who is not a PIM admin (Agents Playground)', function () {
  this.timeout(90_000);
  let stack: E2eStack;
  let chat: Conversation;

  before(async () => {
    stack = await startE2eStack({ PIM_ADMIN_IDS: 'b2e0b2e0-0000-4000-8000-000000000002' });
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    dumpOnFailure.call(this, () => stack);
  });

  it('can read, but the alert card has no write buttons', async () => {
    const reply = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const text = cardText(reply.message?.attachments?.[0]?.content);
    assert.doesNotMatch(text, /\bDismiss\b/);
    assert.doesNotMatch(text, /\bRemediate\b/);
  });

  it('is refused a write command, and nothing changes in the simulator', async () => {
    await chat.say('dismiss tooManyGlobalAdmins', NOT_ADMIN);
    assert.equal((await stack.simulator.alert(TOO_MANY)).isActive, true);
  });
});
