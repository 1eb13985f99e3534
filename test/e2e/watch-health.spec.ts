import assert from 'node:assert/strict';
import { Conversation } from '../support/e2e/conversation';
import { shows } from '../support/e2e/card-query';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const POLL_SECONDS = 5;

/**
 * Never blind, end to end: the real bot process, the simulator answering 403 to every alert list for
 * minutes, the Playground. Shortened settings (a 1-minute alert, 5 s checks) stand for the 15-minute default.
 */
describe('e2e: watch health through the Agents Playground', function () {
  this.timeout(300_000);
  let stack: E2eStack;
  let channel: Conversation;
  const cards = (needle: RegExp): number =>
    stack.stream.events.filter((event) => event.action === 'createMessage' && (event.message?.attachments?.length ?? 0) > 0 && shows(event, channel.id, needle)).length;

  before(async () => {
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS), WATCH_HEALTH_ALERT_MINUTES: '1', WATCH_HEALTH_CHECK_SECONDS: '5' });
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

  /** `watch` reports the last health check, which runs at start and every 5 s: ask until one has seen a poll. */
  async function untilPolled(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await channel.say('watch', /Watching: last successful poll/, 6_000);
        return;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
  }

  it('Graph 403 for minutes: one "permission refused" card, "watch" and "alerts" say what fails, then one "watching again"', async () => {
    await untilPolled();
    await stack.simulator.addFault({ match: { method: 'GET', path: 'roleManagementAlerts/alerts' }, kind: 'status', status: 403, count: 10_000 });
    stack.stream.clear();
    await stack.stream.waitFor((event) => shows(event, channel.id, /Not watching PIM alerts: permission refused/), 100_000, 'the "not watching" card');
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    assert.equal(cards(/Not watching PIM alerts/), 1, 'one "not watching" card, though every 5 s check still finds no successful poll');
    await channel.say('watch', /Not watching since .*Graph permission refused.*graphForbidden 403/s);
    await channel.say('alerts', /not allowed to do that in Microsoft Graph/);
    stack.stream.clear();
    await stack.simulator.clearFaults();
    await stack.stream.waitFor((event) => shows(event, channel.id, /Watching PIM alerts again/), 120_000, 'the "watching again" card');
    assert.equal(cards(/Not watching PIM alerts/), 0, 'no second "not watching" card for the same outage');
    assert.equal(cards(/Watching PIM alerts again/), 1);
    await channel.say('watch', /Watching: last successful poll/);
  });
});
