import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { cardOf, shows } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const STALE = 'StaleSignInAlert';
const POLL_SECONDS = 5;

/** `HH:MM` in UTC, at least 40 s from now: the digest time the test sets (no test-only clock or setting). */
function nextMinuteUtc(): string {
  const at = new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000);
  return at.toISOString().slice(11, 16);
}

/** Digest and quiet hours end to end: Playground → bot (real clock, 5 s polls) → simulator. */
describe('e2e: digest and quiet hours through the Agents Playground', function () {
  this.timeout(180_000);
  let stack: E2eStack;
  let personal: Conversation;
  const cards = (needle: RegExp): number =>
    stack.stream.events.filter((event) => event.action === 'createMessage' && (event.message?.attachments?.length ?? 0) > 0 && shows(event, personal.id, needle)).length;

  before(async () => {
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS) });
    await stack.client.install(stack.config.personalChat.id);
    personal = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await personal.say('subscribe', /^Subscribed\./);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-60).join('\n')}\n`);
  });

  it('quiet hours hold a rise; turning them off sends one summary instead', async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 60 * 60_000).toISOString().slice(11, 16);
    const to = new Date(now.getTime() + 60 * 60_000).toISOString().slice(11, 16);
    await personal.say(`quiet ${from}-${to} UTC`, /^Quiet hours set/);
    await stack.simulator.addIncidents((await stack.simulator.alert(STALE)).id, 1);
    await delay(POLL_SECONDS * 3 * 1000);
    assert.equal(cards(/Incidents rose/), 0, 'held during quiet hours');
    await personal.say('quiet off', /Quiet hours turned off/);
    await stack.stream.waitFor((event) => shows(event, personal.id, /1 notification was held during quiet hours/), POLL_SECONDS * 3 * 1000, 'the quiet-hours summary');
    await delay(POLL_SECONDS * 2 * 1000);
    assert.equal(cards(/held during quiet hours/), 1, 'exactly one summary');
  });

  it('sets a daily digest (next run shown) and the card arrives at that minute with the counts', async () => {
    const at = nextMinuteUtc();
    await personal.say(`digest daily ${at} UTC`, new RegExp(`^Digest set\\. Digest: daily at ${at} \\(UTC\\); next one \\w{3} \\d{4}-\\d\\d-\\d\\d ${at} \\(UTC\\)`));
    await stack.simulator.addIncidents((await stack.simulator.alert(STALE)).id, 2);
    const digest = await stack.stream.waitFor((event) => shows(event, personal.id, /Daily PIM alerts digest/) && cardOf(event) !== undefined, 130_000, 'the digest card');
    const card = JSON.stringify(cardOf(digest));
    assert.match(card, /3 new incidents on 1 alert/, 'the quiet-hours rise and this one');
    assert.match(card, /Potential stale accounts in a privileged role[\s\S]*3 → 6[\s\S]*\+3/, 'the alert row: start → now, new');
    assert.match(card, /History starts/, 'a fresh install has less than a day of history');
    assert.doesNotMatch(card, /Chart\.Line/, 'one hour of history: a table, no one-point chart (the chart itself is checked in the unit tests)');
    assert.match(card, /Next digest: /);
    await delay(POLL_SECONDS * 3 * 1000);
    assert.equal(cards(/Daily PIM alerts digest/), 1, 'sent once');
    await personal.say('digest', /next one .*\(UTC\)/);
  });
});
