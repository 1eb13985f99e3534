import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { DEMO_SUBSCRIPTIONS } from '../../src/tools/simulator/arm/arm-seed';
import { VERBS } from '../../src/cards/verbs';
import { cardActions, cardOf, cardText, shows } from '../support/e2e/card-query';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const [PRODUCTION, DEVELOPMENT, SHARED] = DEMO_SUBSCRIPTIONS as [typeof DEMO_SUBSCRIPTIONS[0], typeof DEMO_SUBSCRIPTIONS[0], typeof DEMO_SUBSCRIPTIONS[0]];
const OWNERS = 'TooManyOwnersAssignedToResource';
const POLL_SECONDS = 5;
const WITHIN_ONE_POLL_MS = (POLL_SECONDS * 2 + 10) * 1000;

/**
 * AZURE_ALERT_SCOPES end to end, application mode, one stack: the real bot reads the Entra alerts and three Azure
 * subscriptions from the simulator (Graph + Resource Manager) and talks to the Agents Playground.
 */
describe('e2e: Azure resource scopes through the Agents Playground', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let chat: Conversation;

  before(async () => {
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: String(POLL_SECONDS), AZURE_ALERT_SCOPES: DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId).join(' ') });
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-60).join('\n')}\n`);
  });

  const armAlert = async (subscriptionId: string, name: string): Promise<{ properties: { isActive: boolean; incidentCount: number } }> => {
    const url = `${stack.dev.simulator.url}/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleManagementAlerts/${name}?api-version=2022-08-01-preview`;
    return (await (await fetch(url)).json()) as { properties: { isActive: boolean; incidentCount: number } };
  };
  const openUrls = (card: unknown): string[] => JSON.stringify(card).match(/"url":"[^"]+"/g) ?? [];

  it('alerts: the Entra alerts first, then one group per subscription under its display name', async () => {
    const list = cardText(cardOf(await chat.say('alerts', /Azure subscription/)));
    const headings = ['Microsoft Entra ID (directory roles)', ...[PRODUCTION, DEVELOPMENT, SHARED].map((sub) => `Azure subscription ${sub.displayName} (${sub.subscriptionId})`)];
    for (const heading of headings) assert.ok(list.includes(heading), `${heading} in:\n${list}`);
    assert.ok(list.indexOf(headings[0]!) < list.indexOf(headings[1]!), 'the directory first');
  });

  it('alert <type raised in every subscription>: no guess, a "Which one?" card with Open per subscription; Open opens that alert with its Azure portal link', async () => {
    const answer = await chat.say(`alert ${OWNERS}`, /Which one\?/);
    const choice = cardOf(answer);
    const text = cardText(choice);
    assert.match(text, /is raised in 3 places/);
    for (const sub of [PRODUCTION, DEVELOPMENT, SHARED]) assert.ok(text.includes(`Azure subscription ${sub.displayName} (${sub.subscriptionId})`), text);
    const opens = cardActions(choice).filter((action) => action.verb === VERBS.openAlert && action.title === 'Open');
    assert.equal(opens.length, 3);
    const production = opens.find((action) => JSON.stringify(action.data).includes(PRODUCTION.subscriptionId));
    assert.ok(production, JSON.stringify(opens));
    const opened = await chat.execute(answer, VERBS.openAlert, production.data);
    assert.equal(opened.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(opened));
    const card = opened.value;
    assert.match(cardText(card), /Too many owners assigned to a resource/);
    assert.match(cardText(card), new RegExp(`Azure subscription ${PRODUCTION.displayName} \\(${PRODUCTION.subscriptionId}\\)`));
    assert.match(cardText(card), /PIM alerts in Azure portal/);
    assert.ok(openUrls(card).some((url) => url.includes('ResourceMenuBlade/~/Alerts/provider/azurerbac') && url.includes(`%2Fsubscriptions%2F${PRODUCTION.subscriptionId}`)), openUrls(card).join('\n'));
  });

  it('a subscription the bot cannot read (403) is said in alerts and watch, not shown as current, and the note goes with the next good read', async () => {
    const faults = `${stack.dev.simulator.url}/_simulator/faults`;
    const armed = await fetch(faults, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { method: 'GET', path: `/subscriptions/${SHARED.subscriptionId}/providers/Microsoft.Authorization/roleManagementAlerts?` }, count: 1000, kind: 'status', status: 403 }),
    });
    assert.equal(armed.status, 201);
    try {
      const unread = new RegExp(`Azure subscription ${SHARED.displayName} not read since`);
      const list = cardText(cardOf(await chat.say('alerts', unread)));
      assert.match(list, /Reader/, 'says what to do');
      assert.ok(list.includes(`Azure subscription ${PRODUCTION.displayName} (${PRODUCTION.subscriptionId})`), 'the other subscriptions are still read');
      const watch = await chat.say('watch', /Watching/);
      assert.match(JSON.stringify(watch), unread);
    } finally {
      await fetch(faults, { method: 'DELETE' });
    }
    const again = cardText(cardOf(await chat.say('alerts', /Azure subscription/)));
    assert.doesNotMatch(again, /not read since/);
  });

  it('a rise in an Azure alert\'s incidents is notified within one poll, naming the subscription', async () => {
    await chat.say('subscribe', /^Subscribed\./);
    await delay(POLL_SECONDS * 1000 + 1000); // a poll after the subscription holds the current counts
    const before = (await armAlert(SHARED.subscriptionId, OWNERS)).properties.incidentCount;
    stack.stream.clear();
    const added = await fetch(`${stack.dev.simulator.url}/_simulator/azure/${SHARED.subscriptionId}/alerts/${OWNERS}/incidents`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count: 2 }),
    });
    assert.equal(added.status, 201);
    const rose = new RegExp(`Incidents rose: ${before} → ${before + 2} incidents`);
    const notification = await stack.stream.waitFor((event) => event.action === 'createMessage' && shows(event, chat.id, rose), WITHIN_ONE_POLL_MS, 'the Azure notification');
    const text = cardText(cardOf(notification));
    assert.match(text, new RegExp(`Azure subscription ${SHARED.displayName} \\(${SHARED.subscriptionId}\\)`));
    assert.ok(openUrls(cardOf(notification)).some((url) => url.includes(`%2Fsubscriptions%2F${SHARED.subscriptionId}`)), 'its portal link is the subscription\'s');
  });

  it('dismiss by the scope-qualified name (application mode): only that subscription\'s alert is dismissed in Resource Manager', async () => {
    await stack.simulator.clearRequests();
    await chat.say(`dismiss tooManyOwners@${PRODUCTION.displayName}`, /Dismissed by/);
    const writes = (await stack.simulator.requests()).filter((request) => request.method !== 'GET').map(({ method, path, status }) => ({ method, path: path.split('?')[0], status }));
    assert.deepEqual(writes, [{ method: 'PATCH', path: `/subscriptions/${PRODUCTION.subscriptionId}/providers/Microsoft.Authorization/roleManagementAlerts/${OWNERS}`, status: 204 }]);
    assert.equal((await armAlert(PRODUCTION.subscriptionId, OWNERS)).properties.isActive, false);
    assert.equal((await armAlert(SHARED.subscriptionId, OWNERS)).properties.isActive, true);
  });
});
