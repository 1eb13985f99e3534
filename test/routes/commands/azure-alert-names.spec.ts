import assert from 'node:assert/strict';
import { allAlerts } from '../../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../../support/fakes/azure-alert-fixtures';
import { FakePimAlerts } from '../../support/fakes/fake-pim-alerts';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, NOW, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { VERBS } from '../../../src/cards/verbs';
import { runAction } from '../card-actions/run-action';
import { runCommand } from './run-command';

type Card = Record<string, unknown>;
interface CardAction { readonly type: string; readonly title?: string; readonly verb?: string; readonly data?: unknown }

/** Every action of a card (buttons and their fallbacks), in document order. */
function actions(node: unknown): CardAction[] {
  if (Array.isArray(node)) return node.flatMap(actions);
  if (node === null || typeof node !== 'object') return [];
  const own = String((node as { type?: unknown }).type).startsWith('Action.') ? [node as CardAction] : [];
  return [...own, ...Object.values(node).flatMap(actions)];
}

const PROD_OWNERS = `Subscription_${PROD.subscriptionId}_TooManyOwnersAssignedToResource`;
const DEV_OWNERS = `Subscription_${DEV.subscriptionId}_TooManyOwnersAssignedToResource`;

/** Chat commands naming an alert type that two watched Azure subscriptions raise: the bot asks which, and does nothing meanwhile. */
describe('alert names shared by several Azure subscriptions, through the route table', () => {
  let deps: TestUseCaseDeps;

  beforeEach(() => {
    const alerts = [...allAlerts(), makeAzureAlert('TooManyOwnersAssignedToResource', PROD), makeAzureAlert('TooManyOwnersAssignedToResource', DEV)];
    deps = makeUseCaseDeps({ pim: new FakePimAlerts(alerts) });
  });

  const say = async (text: string): Promise<RecordingTurn> => runCommand(deps, text, new RecordingTurn(ADMIN));

  const cardOf = (turn: RecordingTurn): Card => {
    const reply = turn.replies[0];
    if (!reply || !('card' in reply)) assert.fail(`expected a card, got ${JSON.stringify(reply)}`);
    return reply.card;
  };

  it('alert <type>: a "Which one?" card, each candidate with its subscription, incident count and Open; Open opens that exact alert', async () => {
    const turn = await say('alert TooManyOwnersAssignedToResource');
    assert.deepEqual(turn.texts, [], 'the card, not a text');
    const card = cardOf(turn);
    const json = JSON.stringify(card);
    assert.match(json, /"text":"Which one\?"/);
    assert.match(json, /TooManyOwnersAssignedToResource\\" is raised in 2 places\. Open the one you mean\./);
    assert.match(json, /Azure subscription Contoso Production \(afa2a084-/);
    assert.match(json, /Azure subscription Contoso <b>Dev<\/b> \(5c6a1e4b-/, 'the display name as text (markdown escaped, never a tag Teams renders)');
    assert.match(json, /"text":"1 incident"/, 'the count as listed');
    const opens = actions(card).filter((action) => action.type === 'Action.Execute');
    assert.deepEqual(opens.map((action) => [action.title, action.verb, action.data]), [
      ['Open', VERBS.openAlert, { alertId: PROD_OWNERS }],
      ['Open', VERBS.openAlert, { alertId: DEV_OWNERS }],
    ]);
    assert.match(String(card.fallbackText), /- `alert tooManyOwners@5c6a1e4b`: Too many owners assigned to a resource, Contoso/, 'the text answer for clients without cards');
    assert.equal((turn.replies[0] as { summary?: string }).summary, 'Which one? "TooManyOwnersAssignedToResource" is raised in 2 places.');
    assert.deepEqual(deps.pim.firstArgs('getAlert'), [], 'no alert was opened, nothing read but the list');
    const opened = await runAction(deps, VERBS.openAlert, opens[1]!.data);
    assert.match(JSON.stringify(opened.value), /Contoso <b>Dev<\/b>/);
    assert.deepEqual(deps.pim.firstArgs('getAlert'), [DEV_OWNERS]);
  });

  it('incidents <type>: the same card with Open; a forged Open with an id that is not an alert id is refused', async () => {
    const card = cardOf(await say('incidents tooManyOwners'));
    assert.equal(actions(card).filter((action) => action.verb === VERBS.openAlert && action.type === 'Action.Execute').length, 2);
    const forged = await runAction(deps, VERBS.openAlert, { alertId: '../../subscriptions/x?api-version=1' });
    assert.equal(forged.statusCode, 400);
    assert.deepEqual(deps.pim.firstArgs('getAlert'), []);
  });

  it('dismiss <type>: the card shows the exact command to type per candidate, no button (never a one-click write)', async () => {
    const card = cardOf(await say('dismiss tooManyOwners'));
    assert.deepEqual(actions(card), [], 'no button on a write\'s disambiguation card');
    const json = JSON.stringify(card);
    assert.match(json, /"text":"dismiss tooManyOwners@afa2a084","fontType":"Monospace"/);
    assert.match(json, /"text":"dismiss tooManyOwners@5c6a1e4b","fontType":"Monospace"/);
    assert.equal(deps.pim.count('dismissAlert'), 0);
  });

  it('dismiss <type>: nothing dismissed until the scope is named; the qualified command dismisses that one', async () => {
    assert.match(String(cardOf(await say('dismiss tooManyOwners')).fallbackText), /- `dismiss tooManyOwners@afa2a084`: .*Contoso Production/);
    assert.equal(deps.pim.count('dismissAlert'), 0);
    await say('dismiss tooManyOwners@Contoso Production');
    assert.deepEqual(deps.pim.firstArgs('dismissAlert'), [PROD_OWNERS]);
  });

  it('config and snooze repeat the rest of the command in each suggestion and change nothing', async () => {
    const config = JSON.stringify(cardOf(await say('config tooManyOwners thresholdNumberOfOwners=5')));
    assert.ok(config.includes('"text":"config tooManyOwners@5c6a1e4b thresholdNumberOfOwners=5"'), config);
    assert.equal(deps.pim.count('updateAlertConfiguration'), 0);
    const snooze = cardOf(await say('snooze tooManyOwners 4h change `freeze` <at>x</at>'));
    assert.ok(JSON.stringify(snooze).includes('"text":"snooze tooManyOwners@afa2a084 4h change freeze ‹at>x‹/at>"'), JSON.stringify(snooze));
    assert.ok(String(snooze.fallbackText).includes('- `snooze tooManyOwners@afa2a084 4h change freeze ‹at>x‹/at>`'), String(snooze.fallbackText));
    assert.deepEqual(await deps.triage.snoozes.listActive(NOW), []);
    await say('snooze tooManyOwners@afa2a084 4h change freeze');
    assert.deepEqual((await deps.triage.snoozes.listActive(NOW)).map((snooze) => snooze.alertId), [PROD_OWNERS]);
  });

  it('answers name the subscription, and the "snooze end" they suggest is the scope-qualified name, which works', async () => {
    const snoozed = (await say('snooze tooManyOwners@5c6a1e4b 4h change freeze')).texts[0]!;
    assert.match(snoozed, /^Too many owners assigned to a resource \(Contoso <b>Dev<\/b>\): Snoozed until/, snoozed);
    assert.match(snoozed, /Type "snooze end tooManyOwners@5c6a1e4b" to end it earlier\./);
    assert.match((await say('snooze list')).texts[0]!, /- Too many owners assigned to a resource \(Contoso .*Dev.*\): Snoozed until/);
    assert.match((await say('snooze end tooManyOwners@5c6a1e4b')).texts[0]!, /\(Contoso .*Dev.*\): snooze ended/);
    assert.deepEqual(await deps.triage.snoozes.listActive(NOW), []);
    const updated = (await say('config tooManyOwners@afa2a084 thresholdNumberOfOwners=5')).texts[0]!;
    assert.match(updated, /^Updated Too many owners assigned to a resource \(Contoso Production\):/);
    assert.match(JSON.stringify((await say('refresh tooManyOwners@afa2a084')).cardsJson), /Scanning Too many owners assigned to a resource \(Contoso Production\)/);
  });
});
