import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { shows } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const STALE = 'StaleSignInAlert';
const POLL_SECONDS = 5;

/** Restarting `npm run dev` (simulator and bot, data dir kept) continues the same tenant: no "got worse" from a reseed. */
describe('e2e: restarting the dev stack', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let personal: Conversation;

  before(async () => {
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS) });
    await stack.client.install(stack.config.personalChat.id);
    personal = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-60).join('\n')}\n`);
  });

  const notified = (needle: RegExp): boolean =>
    stack.stream.events.some((event) => event.action === 'createMessage' && shows(event, personal.id, needle));

  it('an incident fixed before the restart does not come back as a new one after it', async () => {
    await personal.say('subscribe', /^Subscribed\./);
    const stale = await stack.simulator.alert(STALE);
    const [fixed] = await stack.simulator.incidentIds(stale.id);
    await stack.simulator.removeIncident(stale.id, fixed!); // 3 → 2, e.g. remediated in the portal
    await delay(POLL_SECONDS * 2 * 1000); // the watcher's snapshot now holds 2

    await stack.dev.bot.stop();
    await stack.dev.restartSimulator();
    await stack.dev.restartBot();
    stack.stream.clear();
    await delay(POLL_SECONDS * 3 * 1000);
    assert.equal(notified(/Incidents rose/), false, 'no notification after the restart');
    assert.equal((await stack.simulator.alert(STALE)).incidentCount, 2, 'the simulator continued the tenant');

    await stack.simulator.addIncidents(stale.id, 1); // and the watcher still watches, from the kept baseline
    await stack.stream.waitFor((event) => shows(event, personal.id, /Incidents rose: 2 → 3/), POLL_SECONDS * 3 * 1000, 'the 2 → 3 notification');
  });
});
