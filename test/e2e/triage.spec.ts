import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { cardOf, cardText, findAction, shows } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';
import type { StreamEvent } from '../support/playground/activity-stream';

const STALE = 'StaleSignInAlert';
const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
const POLL_SECONDS = 5;
const THREE_POLLS_MS = POLL_SECONDS * 3 * 1000;

/** Snooze and "I'm on it" in a team channel, end to end: Playground → bot (5 s polls) → simulator. */
describe('e2e: triage in a team channel through the Agents Playground', function () {
  this.timeout(150_000);
  let stack: E2eStack;
  let channel: Conversation;

  before(async () => {
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS) });
    const team = stack.config.teams[0]!;
    await stack.client.install(team.id);
    channel = new Conversation(stack, team.channels[1]!.id, stack.config.currentUser.id, true);
    await channel.say('subscribe', /^Subscribed\./);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-60).join('\n')}\n`);
  });

  const notifications = (needle: RegExp): StreamEvent[] =>
    stack.stream.events.filter((event) => event.action === 'createMessage' && cardOf(event) !== undefined && shows(event, channel.id, needle));
  const notification = (needle: RegExp): Promise<StreamEvent> =>
    stack.stream.waitFor((event) => event.action === 'createMessage' && cardOf(event) !== undefined && shows(event, channel.id, needle), THREE_POLLS_MS, `a notification ${String(needle)}`);

  it('a snoozed alert does not notify, its card says who snoozed it until when and why, and ending it notifies again', async () => {
    await channel.say('snooze staleSignIn 4h change freeze', /Snoozed until \d{4}-\d\d-\d\d \d\d:\d\d UTC by Alex Wilber: change freeze/);
    const card = await channel.say('alert staleSignIn', /Potential stale accounts/);
    assert.match(cardText(cardOf(card)), /Snoozed until [\s\S]*change freeze/);
    const stale = (await stack.simulator.alert(STALE)).id;
    stack.stream.clear();
    await stack.simulator.addIncidents(stale, 1);
    await delay(THREE_POLLS_MS);
    assert.equal(notifications(/Potential stale accounts/).length, 0, 'no notification while snoozed');

    await channel.say('snooze end staleSignIn', /snooze ended/);
    stack.stream.clear();
    await stack.simulator.addIncidents(stale, 1);
    await notification(/Potential stale accounts[\s\S]*Incidents rose/);
  });

  it('"I\'m on it" on a notification shows the owner to everyone in the channel, and a reader can take it over', async () => {
    stack.stream.clear();
    await stack.simulator.addIncidents((await stack.simulator.alert(TOO_MANY)).id, 1);
    const posted = await notification(/Incidents rose: 7 → 8/);
    await channel.click(posted, 'notification.acknowledge');
    const owned = await channel.updated(posted, /Owner: Alex Wilber is on it/);
    assert.match(cardText(cardOf(owned)), /Incidents rose: 7 → 8/, 'the redrawn card still says what happened');

    const reader = stack.config.users.find((user) => user.id !== stack.config.currentUser.id)!;
    // The reader clicks the same message, now showing the redrawn card.
    await channel.as(reader.id).execute(posted, 'notification.acknowledge', findAction(cardOf(owned), 'notification.acknowledge').data);
    await channel.updated(posted, new RegExp(`Owner: ${reader.name} is on it`));
  });

  it('a forged "I\'m on it" naming an admin\'s reply (another message, forged counts) is refused: that reply is not replaced', async () => {
    const reply = await channel.say('alert tooManyGlobalAdmins', /There are too many global administrators/);
    const reader = stack.config.users.find((user) => user.id !== stack.config.currentUser.id)!;
    const forged = { alertId: (await stack.simulator.alert(TOO_MANY)).id, fromCount: 0, toCount: 1_000_000, becameActive: true, newCount: 1_000_000, incidentIds: [] };
    const answer = await channel.as(reader.id).execute(reply, 'notification.acknowledge', forged).then((value) => JSON.stringify(value), (error: unknown) => String(error));
    assert.match(answer, /400[\s\S]*not on a notification I posted about this alert/);
    await delay(2000);
    const replaced = stack.stream.events.filter((event) => event.action !== 'createMessage' && event.message?.messageId === reply.message?.messageId);
    assert.deepEqual(replaced, [], 'the reply was not updated');
    assert.equal(stack.stream.events.filter((event) => /1000000/.test(JSON.stringify(event))).length, 0);
  });
});
