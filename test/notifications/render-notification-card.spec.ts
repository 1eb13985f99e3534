import assert from 'node:assert/strict';
import { CARD_TYPE } from '../../src/bot/invoke-response';
import { MAX_REFRESH_USER_IDS } from '../../src/cards/user-specific-refresh';
import { VERBS } from '../../src/cards/verbs';
import type { IncidentRise } from '../../src/notifications/incident-rise';
import { renderNotification } from '../../src/notifications/render-notification-card';
import { cardText, findAction } from '../support/e2e/card-query';
import { makeAlert } from '../support/fakes/alert-fixtures';
import { ADMIN, READER } from '../support/fakes/recording-turn';
import { runAction } from '../routes/card-actions/run-action';
import { buttonVerbs, ChannelTurn, userSpecificDeps, WRITE_VERBS } from '../routes/card-actions/user-specific-views';

type Refresh = { action: { type: string; verb: string; data: Record<string, unknown> }; userIds: string[] };

function cardOf(ids?: readonly string[]): Record<string, unknown> {
  const message = renderNotification(rise(), ids);
  assert.ok('card' in message && message.card, 'a card');
  return message.card;
}

function rise(): IncidentRise {
  const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
  return { alert, fromCount: 1, toCount: 3, becameActive: false, newIncidents: alert.incidents.slice(1) };
}

describe('renderNotification (shared card, user-specific views)', () => {
  it('posts no write buttons, only Open alert', () => {
    for (const ids of [undefined, [], [ADMIN.id]]) {
      const card = cardOf(ids);
      const verbs = buttonVerbs(card);
      assert.deepEqual(verbs.filter((verb) => WRITE_VERBS.includes(verb)), [], verbs.join(', '));
      assert.ok(verbs.includes(VERBS.openAlert), verbs.join(', '));
      assert.ok(!JSON.stringify(card).includes('${'));
    }
  });

  it('asks Teams for a refresh for at most 60 known administrators (29: MRIs only)', () => {
    const many = Array.from({ length: 75 }, (_, index) => `29:admin-${index}`);
    const card = cardOf(['not-an-mri', ...many]);
    const refresh = card.refresh as Refresh;
    assert.equal(refresh.action.type, 'Action.Execute');
    assert.equal(refresh.action.verb, VERBS.refreshView);
    assert.deepEqual(refresh.action.data, {
      notification: { alertId: rise().alert.id, fromCount: 1, toCount: 3, becameActive: false, newCount: 2, incidentIds: rise().newIncidents.map((incident) => incident.id) },
      version: '3@2026-11-23T10:00:00Z',
    });
    assert.ok(refresh.userIds.length > 0 && refresh.userIds.length <= MAX_REFRESH_USER_IDS, String(refresh.userIds.length));
    assert.ok(refresh.userIds.every((id) => id.startsWith('29:')), refresh.userIds.join(','));
  });

  it('has no refresh block when no administrator is known', () => {
    assert.equal(cardOf().refresh, undefined);
    assert.equal(cardOf([]).refresh, undefined);
  });

  it('an administrator\'s refresh answers the same notification with "I\'m on it" and write buttons, no refresh block; a reader\'s without', async () => {
    const data = (cardOf([ADMIN.id]).refresh as Refresh).action.data;
    const admin = await runAction(userSpecificDeps(), VERBS.refreshView, data, new ChannelTurn(ADMIN, 'note-1'));
    assert.equal(admin.type, CARD_TYPE);
    const adminCard = admin.value as Record<string, unknown>;
    assert.equal(adminCard.refresh, undefined, 'no refresh loop');
    assert.match(cardText(adminCard), /Incidents rose: 1 → 3 incidents/, 'still the notification');
    for (const verb of [VERBS.acknowledge, VERBS.openAlert, VERBS.dismiss, VERBS.refresh, VERBS.remediate]) {
      assert.ok(buttonVerbs(adminCard).includes(verb), `${verb} in ${buttonVerbs(adminCard).join(', ')}`);
    }
    const reader = await runAction(userSpecificDeps(), VERBS.refreshView, data, new ChannelTurn(READER, 'note-1'));
    const readerCard = reader.value as Record<string, unknown>;
    assert.equal(readerCard.refresh, undefined, 'no refresh loop for a reader either');
    assert.deepEqual(buttonVerbs(readerCard).filter((verb) => WRITE_VERBS.includes(verb)), []);
    assert.ok(buttonVerbs(readerCard).includes(VERBS.acknowledge));
  });

  it('an administrator\'s own view shows who is on it, as the shared card does', async () => {
    const deps = userSpecificDeps();
    const shared = cardOf([ADMIN.id]);
    await runAction(deps, VERBS.acknowledge, findAction(shared, VERBS.acknowledge).data, new ChannelTurn(READER, 'note-1'));
    const admin = await runAction(deps, VERBS.refreshView, (shared.refresh as Refresh).action.data, new ChannelTurn(ADMIN, 'note-1'));
    assert.match(cardText(admin.value), /Owner: Rita Reader is on it/);
  });

  it('refuses a forged notification view (unknown keys, bad counts) without reading anything', async () => {
    const deps = userSpecificDeps();
    const good = (cardOf([ADMIN.id]).refresh as Refresh).action.data;
    const notification = good.notification as Record<string, unknown>;
    for (const forged of [
      { ...good, extra: 1 },
      { ...good, notification: { ...notification, fromCount: -1 } },
      { ...good, notification: { ...notification, alertId: '../../users' } },
      { notification },
    ]) {
      const reply = await runAction(deps, VERBS.refreshView, forged, new ChannelTurn(ADMIN, 'note-1'));
      assert.doesNotMatch(JSON.stringify(reply), /Incidents rose/, JSON.stringify(forged));
    }
  });
});
