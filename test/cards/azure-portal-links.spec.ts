import assert from 'node:assert/strict';
import { AzurePortalLinks } from '../../src/cards/azure-portal-links';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { loadConfig } from '../../src/config/load-config';
import { defaultAzurePortalUrl } from '../../src/config/azure-portal';
import type { NotificationAnnouncement } from '../../src/notifications/announcement';
import { renderNotification } from '../../src/notifications/render-notification-card';
import { alertTriageMarks } from '../../src/triage/alert-triage-marks';
import { makeAlert } from '../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';
import { makeTriage, TEST_AZURE_PORTAL, TEST_PORTAL } from '../support/fakes/triage';
import { NOW } from '../support/fakes/use-case-deps';

const USER = '44444444-4444-4444-8444-444444444444';
const PIM = `${TEST_AZURE_PORTAL}/#view/Microsoft_Azure_PIMCommon`;
const PROD_ALERTS = `${PIM}/ResourceMenuBlade/~/Alerts/provider/azurerbac/resourceDisplayName/Contoso%20Production/resourceExternalId/%2Fsubscriptions%2F${PROD.subscriptionId}/resourceType/subscription`;

type OpenUrl = { title: string; url: string };
const openUrls = (card: unknown): OpenUrl[] => {
  const found: OpenUrl[] = [];
  JSON.stringify(card, (_key, value: unknown) => {
    const action = value as { type?: string; title?: string; url?: string } | null;
    if (action && typeof action === 'object' && action.type === 'Action.OpenUrl') found.push({ title: action.title ?? '', url: action.url ?? '' });
    return value;
  });
  return found;
};

/** Azure resource alerts link to the Azure portal's PIM pages for their subscription, never to the Entra PIM page. */
describe('Azure portal deep links', () => {
  const links = new AzurePortalLinks(TEST_AZURE_PORTAL);

  it('PIM > Azure resources > the subscription > Alerts, the scope and name percent-encoded as single segments', () => {
    assert.equal(links.pimAlerts(PROD), PROD_ALERTS);
    assert.equal(links.pimAlerts(DEV), `${PIM}/ResourceMenuBlade/~/Alerts/provider/azurerbac/resourceDisplayName/Contoso%20%3Cb%3EDev%3C%2Fb%3E/resourceExternalId/%2Fsubscriptions%2F${DEV.subscriptionId}/resourceType/subscription`);
    const odd = links.pimAlerts({ subscriptionId: PROD.subscriptionId, displayName: 'a/b#c?d' }) ?? '';
    assert.ok(odd.includes('/resourceDisplayName/a%2Fb%23c%3Fd/'), odd);
    assert.equal(links.pimAlerts({ subscriptionId: PROD.subscriptionId }), PROD_ALERTS.replace('Contoso%20Production', PROD.subscriptionId), 'unnamed: the id');
    assert.equal(links.myRoles(), `${PIM}/ActivationMenuBlade/~/azurerbac`);
    assert.equal(links.subscriptionAccess(PROD.subscriptionId.toUpperCase()), `${TEST_AZURE_PORTAL}/#resource/subscriptions/${PROD.subscriptionId}/users`);
  });

  it('a scope that is not a subscription GUID gets no link (no path or fragment injection)', () => {
    for (const id of ['../x', `${PROD.subscriptionId}/../y`, `${PROD.subscriptionId}#x`, 'subscriptions', '']) {
      assert.equal(links.pimAlerts({ subscriptionId: id }), undefined, id);
      assert.equal(links.subscriptionAccess(id), undefined, id);
    }
  });

  it("an Azure alert card: the subscription's PIM alerts in the Azure portal; per incident the user in Entra and the subscription's IAM", async () => {
    const alert = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{ assigneeId: USER, roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' }]);
    const marks = await alertTriageMarks(makeTriage(), 'conv-1', alert, NOW);
    const urls = openUrls(renderAlertCard(alert, { actionsVisible: true, now: NOW, triage: marks }));
    assert.deepEqual(urls, [
      { title: 'User in Entra', url: `${TEST_PORTAL}/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/overview/userId/${USER}` },
      { title: 'Access control (IAM)', url: `${TEST_AZURE_PORTAL}/#resource/subscriptions/${PROD.subscriptionId}/users` },
      { title: 'PIM alerts in Azure portal', url: PROD_ALERTS },
    ]);
  });

  it('an Entra alert card keeps the Entra PIM page', async () => {
    const alert = makeAlert('StaleSignInAlert');
    const marks = await alertTriageMarks(makeTriage(), 'conv-1', alert, NOW);
    const portal = openUrls(renderAlertCard(alert, { actionsVisible: true, now: NOW, triage: marks })).at(-1);
    assert.deepEqual(portal, { title: 'PIM alerts in Entra', url: `${TEST_PORTAL}/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/Alerts/resourceId//resourceType/tenant/provider/aadroles` });
  });

  it("an Azure alert's notification links to its subscription's PIM alerts", () => {
    const alert = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{}, {}]);
    const announcement: NotificationAnnouncement = { alertId: alert.id, fromCount: 1, toCount: 2, newCount: 1, becameActive: false, version: 'v', incidents: [{ id: 'i-2', subject: 'Sam', details: '' }] };
    const message = renderNotification(alert, announcement, { broadcastId: 'b-1', links: makeTriage().links });
    assert.deepEqual(openUrls((message as { card: unknown }).card), [{ title: 'PIM alerts in Azure portal', url: PROD_ALERTS }]);
  });

  it('AZURE_PORTAL_URL: the portal of the Resource Manager cloud by default, or as set', () => {
    assert.equal(defaultAzurePortalUrl(undefined), 'https://portal.azure.com');
    assert.equal(defaultAzurePortalUrl('https://management.usgovcloudapi.net'), 'https://portal.azure.us');
    assert.equal(defaultAzurePortalUrl('https://management.chinacloudapi.cn/'), 'https://portal.azure.cn');
    assert.equal(defaultAzurePortalUrl('not a url'), 'https://portal.azure.com');
    const local = { GRAPH_BASE_URL: 'http://127.0.0.1:5990' };
    assert.equal(loadConfig(local).triage.azurePortalUrl, 'https://portal.azure.com');
    assert.equal(loadConfig({ ...local, AZURE_RESOURCE_MANAGER_URL: 'https://management.usgovcloudapi.net' }).triage.azurePortalUrl, 'https://portal.azure.us');
    assert.equal(loadConfig({ ...local, AZURE_PORTAL_URL: 'https://portal.example.test/' }).triage.azurePortalUrl, 'https://portal.example.test');
    assert.throws(() => loadConfig({ ...local, AZURE_PORTAL_URL: 'portal' }), /AZURE_PORTAL_URL/);
  });
});
