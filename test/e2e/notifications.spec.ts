import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { cardText, shows } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const STALE = 'StaleSignInAlert';
const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
const POLL_SECONDS = 5;
/** One poll plus the paced sends and start-up slack. */
const WITHIN_ONE_POLL_MS = (POLL_SECONDS * 2 + 5) * 1000;

/** Subscriptions and incident notifications end to end: simulator → watcher → Teams (Playground). */
describe('e2e: notifications through the Agents Playground', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let personal: Conversation;
  let channel: Conversation;

  /**
   * Notifications (bot activities) in the conversation that show `needle`. The Playground shows an activity
   * with text and a card as two stream events whose ids are not reliably related; every notification carries
   * exactly one card, so each one is counted by its card event.
   */
  const count = (conversationId: string, needle: RegExp): number =>
    stack.stream.events.filter((event) => event.action === 'createMessage' && (event.message?.attachments?.length ?? 0) > 0 && shows(event, conversationId, needle)).length;
  const arrival = (conversationId: string, needle: RegExp, timeoutMs = WITHIN_ONE_POLL_MS): Promise<unknown> =>
    stack.stream.waitFor((event) => event.action === 'createMessage' && shows(event, conversationId, needle), timeoutMs, `a notification ${String(needle)} in ${conversationId}`);

  before(async () => {
    // One send per second per tenant, so a broadcast to two conversations takes a second: room to kill the bot mid-way.
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS), SEND_RATE_PER_TENANT: '1' });
    const team = stack.config.teams[0]!;
    await stack.client.install(stack.config.personalChat.id);
    await stack.client.install(team.id);
    personal = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    channel = new Conversation(stack, team.channels[1]!.id, stack.config.currentUser.id, true);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-60).join('\n')}\n`);
  });

  it('subscribe works in a team channel and in a personal chat', async () => {
    await channel.say('subscribe', /^Subscribed\./);
    await personal.say('subscribe', /^Subscribed\./);
  });

  it('a rise of incidents is notified in both conversations within one poll, as one activity with one card', async () => {
    await personal.say('alert staleSignIn', /Potential stale accounts/); // the bot now holds the alert with 3 incidents
    stack.stream.clear();
    await stack.simulator.addIncidents((await stack.simulator.alert(STALE)).id, 2);
    const rose = /Incidents rose: 3 → 5 incidents/;
    await Promise.all([arrival(personal.id, rose), arrival(channel.id, rose)]);
    await delay(2000); // a text post of the same notification would arrive right after its card
    const posts = stack.stream.events.filter((event) => event.action === 'createMessage' && event.actionConversationId.startsWith(personal.id));
    assert.equal(posts.length, 1, `one post per notification, got: ${posts.map((event) => event.message?.text ?? '(card)').join(' | ')}`);
  });

  it('Open alert on the notification shows what it announced (5), not the bot\'s cached copy (3)', async () => {
    const notification = stack.stream.events.find((event) => event.action === 'createMessage' && shows(event, personal.id, /Incidents rose: 3 → 5/));
    assert.ok(notification, 'the notification of the previous test');
    const opened = await personal.click(notification, 'alert.open');
    assert.match(cardText(opened.value), /Incidents\n5\n/);
  });

  it('the bot killed mid-broadcast and restarted: each conversation gets the notification exactly once', async () => {
    stack.stream.clear();
    await stack.simulator.addIncidents((await stack.simulator.alert(TOO_MANY)).id, 1);
    const rose = /Incidents rose: 7 → 8 incidents/;
    await stack.stream.waitFor((event) => shows(event, personal.id, rose) || shows(event, channel.id, rose), WITHIN_ONE_POLL_MS, 'the first notification');
    await stack.dev.bot.stop(1000, 'SIGKILL');
    await stack.dev.restartBot();
    await Promise.all([arrival(personal.id, rose, 30_000), arrival(channel.id, rose, 30_000)]);
    await delay(POLL_SECONDS * 2 * 1000); // a later poll or a replayed outbox must not send it again
    assert.equal(count(personal.id, rose), 1, 'personal chat: exactly one');
    assert.equal(count(channel.id, rose), 1, 'channel: exactly one');
  });

  it('after uninstall the personal chat is forgotten: only the channel is notified', async () => {
    await stack.client.customActivity(personal.id, 'uninstall');
    await delay(1000);
    stack.stream.clear();
    await stack.simulator.addIncidents((await stack.simulator.alert(STALE)).id, 1);
    const rose = /Incidents rose: 5 → 6 incidents/;
    await arrival(channel.id, rose);
    await delay(POLL_SECONDS * 1000);
    assert.equal(count(personal.id, rose), 0);
  });
});
