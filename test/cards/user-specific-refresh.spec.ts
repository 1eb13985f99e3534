import assert from 'node:assert/strict';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { renderAlertList } from '../../src/cards/render-alert-list';
import { MAX_REFRESH_USER_IDS, withUserSpecificRefresh } from '../../src/cards/user-specific-refresh';
import { VERBS } from '../../src/cards/verbs';
import { allAlerts, makeAlert } from '../support/fakes/alert-fixtures';
import { NOW } from '../support/fakes/use-case-deps';

type Refresh = { action: { type: string; verb: string; data: unknown }; userIds: string[] };

describe('withUserSpecificRefresh', () => {
  it('adds a refresh for at most 60 distinct user MRIs, dropping anything that is not one', () => {
    const many = Array.from({ length: 70 }, (_, index) => `29:user-${index}`);
    const junk = ['28:the-bot', 'user@contoso.com', '29:', '29:has space', '29:<at>x</at>', '', '8:orgid:x'];
    const card = withUserSpecificRefresh({ type: 'AdaptiveCard' }, { scope: 'all' }, [...junk, '29:user-0', ...many]);
    const refresh = card.refresh as Refresh;
    assert.equal(refresh.userIds.length, MAX_REFRESH_USER_IDS);
    assert.equal(MAX_REFRESH_USER_IDS, 60);
    assert.ok(refresh.userIds.every((id) => /^29:[A-Za-z0-9._-]+$/.test(id)), refresh.userIds.join(','));
    assert.equal(new Set(refresh.userIds).size, refresh.userIds.length);
    assert.deepEqual(refresh.action, { type: 'Action.Execute', title: 'Refresh', verb: VERBS.refreshView, data: { scope: 'all' } });
  });

  it('leaves the card alone when nobody needs a view of their own', () => {
    const card = { type: 'AdaptiveCard' };
    assert.equal(withUserSpecificRefresh(card, { scope: 'all' }, []), card);
    assert.equal(withUserSpecificRefresh(card, { scope: 'all' }, undefined), card);
    assert.equal(withUserSpecificRefresh(card, { scope: 'all' }, ['not-an-mri']), card);
  });

  it('the alert card names its alert and page (and compact); the list names all alerts', () => {
    const alert = makeAlert('StaleSignInAlert', { incidents: 25 });
    const card = renderAlertCard(alert, { actionsVisible: false, now: NOW, page: 2, compact: true, refreshUserIds: ['29:a'] });
    assert.deepEqual((card.refresh as Refresh).action.data, { alertId: alert.id, page: 2, compact: true });
    const list = renderAlertList(allAlerts(), { actionsVisible: false, now: NOW, refreshUserIds: ['29:a'] });
    assert.deepEqual((list.refresh as Refresh).action.data, { scope: 'all' });
    assert.equal(renderAlertCard(alert, { actionsVisible: true, now: NOW }).refresh, undefined);
  });
});
