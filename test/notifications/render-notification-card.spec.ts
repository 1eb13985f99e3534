import assert from 'node:assert/strict';
import { CARD_TYPE } from '../../src/bot/invoke-response';
import { MAX_REFRESH_USER_IDS } from '../../src/cards/user-specific-refresh';
import { VERBS } from '../../src/cards/verbs';
import { announce, MAX_LISTED_INCIDENTS } from '../../src/notifications/announcement';
import type { IncidentRise } from '../../src/notifications/incident-rise';
import { renderNotification } from '../../src/notifications/render-notification-card';
import { PortalLinks } from '../../src/cards/portal-links';
import { cardText, findAction } from '../support/e2e/card-query';
import { makeAlert } from '../support/fakes/alert-fixtures';
import { ADMIN, READER } from '../support/fakes/recording-turn';
import { runAction } from '../routes/card-actions/run-action';
import { buttonVerbs, ChannelTurn, userSpecificDeps, WRITE_VERBS } from '../routes/card-actions/user-specific-views';

type Refresh = { action: { type: string; verb: string; data: Record<string, unknown> }; userIds: string[] };

function rise(incidents = 3, fromCount = 1): IncidentRise {
  const alert = makeAlert('StaleSignInAlert', { incidents });
  return { alert, fromCount, toCount: incidents, becameActive: false, newIncidents: alert.incidents.slice(fromCount) };
}

function cardOf(ids?: readonly string[], of: IncidentRise = rise()): Record<string, unknown> {
  const message = renderNotification(of.alert, announce(of), { broadcastId: 'b-1', refreshUserIds: ids });
  assert.ok('card' in message && message.card, 'a card');
  return message.card;
}

describe('renderNotification (shared card, user-specific views)', () => {
  it('posts no write buttons, only Open alert and I\'m on it; the message names its alert and broadcast (recorded when sent)', () => {
    for (const ids of [undefined, [], [ADMIN.id]]) {
      const card = cardOf(ids);
      const verbs = buttonVerbs(card);
      assert.deepEqual(verbs.filter((verb) => WRITE_VERBS.includes(verb)), [], verbs.join(', '));
      assert.ok(verbs.includes(VERBS.openAlert), verbs.join(', '));
      assert.ok(!JSON.stringify(card).includes('${'));
    }
    const message = renderNotification(rise().alert, announce(rise()), { broadcastId: 'b-1' });
    assert.deepEqual('card' in message && message.origin, { kind: 'notification', alertId: rise().alert.id, broadcastId: 'b-1' });
  });

  it('asks Teams for a refresh for at most 60 known administrators (29: MRIs only), naming only the alert and version', () => {
    const many = Array.from({ length: 75 }, (_, index) => `29:admin-${index}`);
    const card = cardOf(['not-an-mri', ...many]);
    const refresh = card.refresh as Refresh;
    assert.equal(refresh.action.type, 'Action.Execute');
    assert.equal(refresh.action.verb, VERBS.refreshView);
    assert.deepEqual(refresh.action.data, { notification: { alertId: rise().alert.id }, version: '3@2026-11-23T10:00:00Z' });
    assert.ok(refresh.userIds.length > 0 && refresh.userIds.length <= MAX_REFRESH_USER_IDS, String(refresh.userIds.length));
    assert.ok(refresh.userIds.every((id) => id.startsWith('29:')), refresh.userIds.join(','));
  });

  it('has no refresh block when no administrator is known', () => {
    assert.equal(cardOf().refresh, undefined);
    assert.equal(cardOf([]).refresh, undefined);
  });

  it('an administrator\'s refresh answers the same notification with "I\'m on it" and write buttons, no refresh block; a reader\'s without', async () => {
    const deps = userSpecificDeps();
    const posted = await deps.posted.post(rise(), 'conv-channel', 'note-1', [ADMIN.id]);
    const data = ((posted as { card: { refresh: Refresh } }).card.refresh).action.data;
    const admin = await runAction(deps, VERBS.refreshView, data, new ChannelTurn(ADMIN, 'note-1'));
    assert.equal(admin.type, CARD_TYPE);
    const adminCard = admin.value as Record<string, unknown>;
    assert.equal(adminCard.refresh, undefined, 'no refresh loop');
    assert.match(cardText(adminCard), /Incidents rose: 1 → 3 incidents/, 'still the notification');
    for (const verb of [VERBS.acknowledge, VERBS.openAlert, VERBS.dismiss, VERBS.refresh]) {
      assert.ok(buttonVerbs(adminCard).includes(verb), `${verb} in ${buttonVerbs(adminCard).join(', ')}`);
    }
    const reader = await runAction(deps, VERBS.refreshView, data, new ChannelTurn(READER, 'note-1'));
    const readerCard = reader.value as Record<string, unknown>;
    assert.equal(readerCard.refresh, undefined, 'no refresh loop for a reader either');
    assert.deepEqual(buttonVerbs(readerCard).filter((verb) => WRITE_VERBS.includes(verb)), []);
    assert.ok(buttonVerbs(readerCard).includes(VERBS.acknowledge));
  });

  it('an administrator\'s own view shows who is on it, as the shared card does', async () => {
    const deps = userSpecificDeps();
    const shared = (await deps.posted.post(rise(), 'conv-channel', 'note-1', [ADMIN.id]) as { card: Record<string, unknown> }).card;
    await runAction(deps, VERBS.acknowledge, findAction(shared, VERBS.acknowledge).data, new ChannelTurn(READER, 'note-1'));
    const admin = await runAction(deps, VERBS.refreshView, (shared.refresh as Refresh).action.data, new ChannelTurn(ADMIN, 'note-1'));
    assert.match(cardText(admin.value), /Owner: Rita Reader is on it/);
  });

  it('refuses a forged notification view (unknown keys, bad ids, a message that is not this notification) without drawing it', async () => {
    const deps = userSpecificDeps();
    const posted = await deps.posted.post(rise(), 'conv-channel', 'note-1', [ADMIN.id]);
    const good = ((posted as { card: { refresh: Refresh } }).card.refresh).action.data;
    const notification = good.notification as Record<string, unknown>;
    for (const [forged, messageId] of [
      [{ ...good, extra: 1 }, 'note-1'],
      [{ ...good, notification: { ...notification, fromCount: -1, other: 1 } }, 'note-1'],
      [{ ...good, notification: { ...notification, alertId: '../../users' } }, 'note-1'],
      [{ notification }, 'note-1'],
      [good, 'not-a-notification'],
    ] as const) {
      const reply = await runAction(deps, VERBS.refreshView, forged, new ChannelTurn(ADMIN, messageId));
      assert.doesNotMatch(JSON.stringify(reply), /Incidents rose/, JSON.stringify(forged));
    }
  });
});

/** A notification stays short: a few one-line rows, a total, "…and N more" pointing at Open alert, few buttons. */
describe('renderNotification: compact', () => {
  it('ten new incidents: five one-line rows, "…and 5 more: Open alert lists them all", the total, and no per-incident buttons', () => {
    const big = rise(11, 1);
    const links = new PortalLinks('https://entra.microsoft.com', 'https://portal.azure.com');
    const message = renderNotification(big.alert, announce(big), { broadcastId: 'b-1', refreshUserIds: [ADMIN.id], links });
    const card = (message as { card: Record<string, unknown> }).card;
    const text = cardText(card);
    assert.equal(MAX_LISTED_INCIDENTS, 5);
    assert.match(text, /New incidents \(10\)/);
    assert.match(text, /…and 5 more: Open alert lists them all\./);
    assert.match(text, /Open now: 11 incidents\./);
    const listed = big.newIncidents.filter((incident) => text.includes(incident.assigneeDisplayName!));
    assert.equal(listed.length, 5);
    const buttons = JSON.stringify(card).match(/"type":"Action\.(Execute|OpenUrl|Submit)"/g) ?? [];
    const topLevel = (card.actions as unknown[]).length;
    assert.equal(topLevel, 3, 'Open alert, I\'m on it, PIM alerts in Entra');
    assert.ok(buttons.length <= 2 * topLevel, `${buttons.length} buttons (with their Submit fallbacks)`);
    assert.doesNotMatch(text, /Refresh the alert/);
  });
});
