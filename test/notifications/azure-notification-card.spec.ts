import assert from 'node:assert/strict';
import { announce } from '../../src/notifications/announcement';
import type { IncidentRise } from '../../src/notifications/incident-rise';
import { renderNotification } from '../../src/notifications/render-notification-card';
import { makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';

describe('a notification about an Azure resource alert', () => {
  it('names the subscription in the card and in the toast line', () => {
    const alert = makeAzureAlert('TooManyOwnersAssignedToResource', PROD, [{}, {}, {}]);
    const rise: IncidentRise = { alert, fromCount: 1, toCount: 3, becameActive: false, newIncidents: alert.incidents.slice(1) };
    const message = renderNotification(alert, announce(rise), { broadcastId: 'b-1' });
    assert.ok('card' in message && message.card);
    const json = JSON.stringify(message.card);
    assert.ok(json.includes(`Azure subscription Contoso Production (${PROD.subscriptionId})`), json.slice(0, 400));
    assert.ok(!json.includes('${'));
    assert.match(message.summary ?? '', /^Too many owners assigned to a resource \(Contoso Production\): /);
  });
});
