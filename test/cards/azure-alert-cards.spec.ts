import assert from 'node:assert/strict';
import { remediationEffect, remediationQuestion, remediationTarget } from '../../src/cards/remediation-effect';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { renderConfirmBulkRemediation } from '../../src/cards/render-confirm-bulk-remediation';
import { renderConfirmRemediation } from '../../src/cards/render-confirm-remediation';
import { renderAlertSettings } from '../../src/cards/render-alert-settings';
import { renderDismissed } from '../../src/cards/render-dismissed';
import { cardText } from '../support/e2e/card-query';
import { alertListData, renderAlertList } from '../../src/cards/render-alert-list';
import { allAlerts, makeAlert } from '../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';

const now = new Date('2026-11-23T12:00:00Z');

describe('Azure resource alerts on cards', () => {
  it('groups the list by scope: the directory first, then each subscription by its (escaped) name', () => {
    const alerts = [makeAzureAlert('TooManyOwnersAssignedToResource', PROD), ...allAlerts(), makeAzureAlert('DuplicateRoleCreated', DEV), makeAzureAlert('AzureRolesAssignedOutsidePimAlert', PROD)];
    const groups = alertListData(alerts, { actionsVisible: true, now }).activeGroups;
    assert.deepEqual(groups.map((group) => group.headings[0]?.text), [
      'Microsoft Entra ID (directory roles)',
      `Azure subscription Contoso <b>Dev</b> (${DEV.subscriptionId})`,
      `Azure subscription Contoso Production (${PROD.subscriptionId})`,
    ]);
    assert.deepEqual(groups[2]?.rows.map((row) => row.alertId), [`Subscription_${PROD.subscriptionId}_AzureRolesAssignedOutsidePimAlert`, `Subscription_${PROD.subscriptionId}_TooManyOwnersAssignedToResource`]);
    const json = JSON.stringify(renderAlertList(alerts, { actionsVisible: true, now }));
    assert.ok(json.includes('Contoso Production') && !json.includes('${'));
  });

  it('keeps one untitled group when there are no Azure alerts', () => {
    const groups = alertListData(allAlerts(), { actionsVisible: true, now }).activeGroups;
    assert.deepEqual(groups.map((group) => group.headings), [[]]);
  });

  it('names the subscription under the alert card title', () => {
    const json = JSON.stringify(renderAlertCard(makeAzureAlert('TooManyOwnersAssignedToResource', PROD), { actionsVisible: true, now }));
    assert.ok(json.includes(`Azure subscription Contoso Production (${PROD.subscriptionId})`));
  });

  it('confirms exactly who loses which role on which subscription', () => {
    const alert = makeAzureAlert('AzureRolesAssignedOutsidePimAlert', PROD, [{ assigneeDisplayName: 'Jane Doe', assigneeUserPrincipalName: 'jane@contoso.com', roleDisplayName: 'Owner', assignmentCreatedDateTime: '2026-11-20T10:00:00Z' }]);
    const incident = alert.incidents[0]!;
    const target = remediationTarget(alert, incident);
    assert.equal(remediationQuestion(target), `Remove Jane Doe (jane@contoso.com) from Owner on Azure subscription Contoso Production (${PROD.subscriptionId})?`);
    const facts = Object.fromEntries(remediationEffect(alert, incident).map((fact) => [fact.title, fact.value]));
    assert.equal(facts['Loses role'], 'Owner');
    assert.equal(facts.Resource, `Azure subscription Contoso Production (${PROD.subscriptionId})`);
    assert.match(facts.Assignment ?? '', /outside PIM, activated 2026-11-20/);
    const owners = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{ assigneeDisplayName: 'Sam Lee', assigneeUserPrincipalName: undefined }]);
    assert.equal(remediationQuestion(remediationTarget(owners, owners.incidents[0]!)), `Remove Sam Lee from Owner on Azure subscription Contoso Production (${PROD.subscriptionId})?`);
  });

  it('names the subscription on the settings form, a write to that subscription alone, with Resource Manager setting names', () => {
    const text = cardText(renderAlertSettings(makeAzureAlert('TooManyOwnersAssignedToResource', PROD), { canWrite: true }));
    assert.ok(text.includes(`Azure subscription Contoso Production (${PROD.subscriptionId})`), text);
    assert.ok(text.includes('Enabled (PIM scans this subscription for this alert)'), text);
    assert.match(text, /Resource Manager setting thresholdNumberOfOwners/);
    assert.doesNotMatch(text, /Graph setting|the tenant/);
    const entra = cardText(renderAlertSettings(makeAlert('StaleSignInAlert'), { canWrite: true }));
    assert.ok(entra.includes('Enabled (PIM scans the directory for this alert)') && entra.includes('Graph setting duration'), entra);
    assert.doesNotMatch(entra, /Azure subscription/);
  });

  it('names the subscription on the card that says an Azure alert was dismissed', () => {
    const text = cardText(renderDismissed(makeAzureAlert('DuplicateRoleCreated', PROD), { by: { id: 'u1', name: 'Ada', aadObjectId: 'a' }, at: now }, now));
    assert.ok(text.includes(`Azure subscription Contoso Production (${PROD.subscriptionId})`), text);
  });

  it('says Azure Resource Manager, not Microsoft Entra, applies an Azure alert\'s remediation', () => {
    const alert = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{ assigneeDisplayName: 'Sam Lee' }]);
    const text = cardText(renderConfirmRemediation(alert, alert.incidents[0]!, { page: 0, requestedBy: 'Ada' }));
    assert.ok(text.includes("Privileged Identity Management for Azure resources (Azure Resource Manager) will apply the alert's mitigation."), text);
    assert.doesNotMatch(text, /Microsoft Entra will apply/);
    const entra = makeAlert('StaleSignInAlert');
    assert.match(cardText(renderConfirmRemediation(entra, entra.incidents[0]!, { page: 0, requestedBy: 'Ada' })), /Microsoft Entra will apply the alert's mitigation/);
  });

  it('names the subscription as the resource of a bulk remediation (the line read "Scope: " with nothing after it)', () => {
    const alert = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{ assigneeDisplayName: 'Sam Lee' }, { assigneeDisplayName: 'Kim Park' }]);
    const text = cardText(renderConfirmBulkRemediation(alert, alert.incidents, { page: 0, requestedBy: 'Ada' }));
    assert.ok(text.includes(`Resource: Azure subscription Contoso Production (${PROD.subscriptionId})`), text);
    assert.doesNotMatch(text, /Scope: *$/m);
    const entra = makeAlert('StaleSignInAlert');
    assert.ok(cardText(renderConfirmBulkRemediation(entra, entra.incidents, { page: 0, requestedBy: 'Ada' })).includes('Scope: The whole directory (tenant-wide, scope "/")'));
  });
});
