import assert from 'node:assert/strict';
import { otherEvidence } from '../../src/cards/incident-evidence';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { cardText } from '../support/e2e/card-query';
import { makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';

const now = new Date('2026-11-23T12:00:00Z');

describe('incident evidence beyond the domain fields', () => {
  it('names who made an assignment outside PIM in words, not as requestorId/requestorDisplayName', () => {
    const lines = otherEvidence({ requestorId: 'e167dfc4-06df-4b67-8956-7f0317df2704', requestorDisplayName: 'Lee Gu', requestorUserPrincipalName: 'LeeG@contoso.com' });
    assert.deepEqual(lines, ['Assigned by: Lee Gu (LeeG@contoso.com)']);
  });

  it('labels the duplicate-role and owner incidents’ fields', () => {
    assert.deepEqual(otherEvidence({ duplicateRoles: 'Virtual Machine Contributor', reason: 'Same permissions as a built-in role' }),
      ['Duplicate of: Virtual Machine Contributor', 'Reason: Same permissions as a built-in role']);
    assert.deepEqual(otherEvidence({ assigneeType: 'User' }), ['Principal type: User']);
  });

  it('words the property names of a future incident type and leaves out an id its name already says', () => {
    assert.deepEqual(otherEvidence({ approverId: '0b5a9946-c07a-403d-a8ee-a75d0688528b', approverDisplayName: 'Ada', riskScore: 9 }),
      ['Approver display name: Ada', 'Risk score: 9']);
    assert.deepEqual(otherEvidence({ requestorId: 'e167dfc4-06df-4b67-8956-7f0317df2704' }), ['Assigned by: object id e167dfc4-06df-4b67-8956-7f0317df2704']);
  });

  it('shows an Azure incident on the alert card without a raw property name', () => {
    const alert = makeAzureAlert('AzureRolesAssignedOutsidePimAlert', PROD, [{
      assigneeDisplayName: 'Adele Vance', assigneeUserPrincipalName: 'AdeleV@contoso.com', roleDisplayName: 'Owner',
      otherProperties: { requestorId: '1fa395b7-c8c4-4813-a4fc-710d7d9dcb9e', requestorDisplayName: 'Megan **Bowen**', requestorUserPrincipalName: 'MeganB@contoso.com' },
    }]);
    const text = cardText(renderAlertCard(alert, { actionsVisible: true, now }));
    assert.ok(text.includes('Assigned by: Megan \\*\\*Bowen\\*\\* (MeganB@contoso.com)'), text);
    assert.doesNotMatch(text, /requestor|1fa395b7/);
  });
});
