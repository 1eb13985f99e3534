import assert from 'node:assert/strict';
import { alertListData, renderAlertList, sortAlerts } from '../../src/cards/render-alert-list';
import { allAlerts, makeAlert } from '../support/fakes/alert-fixtures';

const now = new Date('2026-11-23T12:00:00Z');

describe('renderAlertList', () => {
  it('sorts by severity, then incident count', () => {
    const sorted = sortAlerts([
      makeAlert('StaleSignInAlert', { incidents: 1 }),
      makeAlert('RolesAssignedOutsidePimAlert', { incidents: 1 }),
      makeAlert('NoMfaOnRoleActivationAlert', { incidents: 5 }),
      makeAlert('TooManyGlobalAdminsAssignedToTenantAlert', { incidents: 9 }),
    ]);
    assert.deepEqual(sorted.map((alert) => alert.alertKey), [
      'RolesAssignedOutsidePimAlert', 'NoMfaOnRoleActivationAlert', 'StaleSignInAlert', 'TooManyGlobalAdminsAssignedToTenantAlert',
    ]);
  });

  it('folds inactive alerts behind one Show button that becomes Hide; their rows open the alert', () => {
    const alerts = allAlerts().map((alert, index) => (index < 2 ? { ...alert, isActive: false } : alert));
    const data = alertListData(alerts, { actionsVisible: true, now });
    assert.equal(data.activeGroups.flatMap((group) => group.rows).length, 5);
    assert.equal(data.inactiveGroup[0]?.showTitle, 'Show 2 dismissed');
    assert.equal(data.inactiveGroup[0]?.rows.length, 2);
    const card = renderAlertList(alerts, { actionsVisible: true, now }) as { body: { id?: string; isVisible?: boolean; type: string; actions?: { type: string; title: string; targetElements?: string[] }[]; items?: { selectAction?: { verb: string; data: { alertId: string } } }[] }[] };
    assert.ok(!JSON.stringify(card).includes('Action.ShowCard'), 'a ShowCard title cannot change to Hide');
    const byId = (id: string) => card.body.find((element) => element.id === id)!;
    const toggles = [byId('showInactive'), byId('hideInactive')].map((set) => set.actions![0]!);
    assert.deepEqual(toggles.map((action) => [action.type, action.title]), [['Action.ToggleVisibility', 'Show 2 dismissed'], ['Action.ToggleVisibility', 'Hide']]);
    for (const action of toggles) assert.deepEqual(action.targetElements, ['showInactive', 'hideInactive', 'inactiveRows']);
    assert.deepEqual([byId('showInactive').isVisible, byId('hideInactive').isVisible, byId('inactiveRows').isVisible], [undefined, false, false]);
    const opens = byId('inactiveRows').items!.map((row) => [row.selectAction?.verb, row.selectAction?.data.alertId]);
    assert.deepEqual(opens.sort(), alerts.slice(0, 2).map((alert) => ['alert.open', alert.id]).sort());
  });

  it('does not call inactive alerts without incidents dismissed', () => {
    const alerts = allAlerts().map((alert, index) => (index < 3 ? { ...alert, isActive: false, incidentCount: index === 0 ? 1 : 0 } : alert));
    const data = alertListData(alerts, { actionsVisible: true, now });
    assert.match(data.summary, /4 active \(\d+ incidents\), 1 dismissed, 2 without incidents\./);
    assert.equal(data.inactiveGroup[0]?.showTitle, 'Show 3 inactive (1 dismissed, 2 without incidents)');
    assert.deepEqual(data.inactiveGroup[0]?.rows.map((row) => row.statusText).sort(), ['Dismissed', 'No incidents', 'No incidents']);
    const none = alertListData(allAlerts().map((alert) => ({ ...alert, isActive: false, incidentCount: 0 })), { actionsVisible: true, now });
    assert.equal(none.inactiveGroup[0]?.showTitle, 'Show 7 without incidents');
  });

  it('says so when nothing is active, and shows name, severity, count and last scan per row', () => {
    const data = alertListData(allAlerts().map((alert) => ({ ...alert, isActive: false })), { actionsVisible: true, now });
    assert.deepEqual(data.emptyNotes, [{ text: 'No active alerts.' }]);
    const row = alertListData([makeAlert('StaleSignInAlert', { incidents: 1234 })], { actionsVisible: true, now }).activeGroups[0]!.rows[0]!;
    assert.equal(row.incidentCountText, '1,234');
    assert.equal(row.severityText, 'Medium');
    assert.equal(row.lastScanned, '3 hours ago');
    assert.equal(row.statusText, 'Active');
  });
});
