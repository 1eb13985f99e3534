import assert from 'node:assert/strict';
import { EntraLinks } from '../../src/cards/entra-links';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertTriageMarks } from '../../src/triage/alert-triage-marks';
import { makeAlert, makeIncident } from '../support/fakes/alert-fixtures';
import { makeTriage, TEST_PORTAL } from '../support/fakes/triage';
import { NOW } from '../support/fakes/use-case-deps';

const USER = '44444444-4444-4444-8444-444444444444';
const ROLE = '62e90394-69f5-4237-9190-012177145e10';

/** What triage adds to the alert card: snooze and owner lines, break-glass marks, Entra deep links. */
describe('alert card triage marks', () => {
  const alert = makeAlert('StaleSignInAlert', { overrides: { incidents: [
    makeIncident('StaleSignInAlert', 1, { assigneeId: USER, assigneeUserPrincipalName: 'bg@contoso.com', roleTemplateId: ROLE }),
    makeIncident('StaleSignInAlert', 2),
  ] } });

  it('shows "Snoozed until … by …: reason", the owner, and marks the excluded person', async () => {
    const triage = makeTriage({ storage: new MemoryStorage() });
    const by = { id: '29:a', name: 'Ada [Admin](http://x)' };
    await triage.snoozes.snooze({ alertId: alert.id, until: '2026-11-24T08:00:00.000Z', reason: 'patch <at>night</at>', by, at: NOW.toISOString() });
    await triage.owners.acknowledge({ alertId: alert.id, conversationId: 'conv-1', by, at: NOW.toISOString() });
    await triage.exclusions.add({ kind: 'user', value: 'bg@contoso.com', reason: 'break-glass', by, at: NOW.toISOString() });
    const marks = await alertTriageMarks(triage, 'conv-1;messageid=9', alert, NOW);
    const card = JSON.stringify(renderAlertCard(alert, { actionsVisible: true, now: NOW, triage: marks }));
    assert.match(card, /Snoozed until 2026-11-24 08:00 UTC by Ada \\\\\[Admin\\\\\]\(http:\/\/x\): patch ‹at>night‹\/at>\. Notifications resume by themselves then\./);
    assert.match(card, /Owner: Ada \\\\\[Admin\\\\\]\(http:\/\/x\) is on it/);
    assert.equal(card.match(/Excluded \(break-glass\)/g)?.length, 1);
  });

  it('an ended snooze is no longer shown', async () => {
    const triage = makeTriage({ storage: new MemoryStorage() });
    await triage.snoozes.snooze({ alertId: alert.id, until: '2026-11-23T11:00:00.000Z', reason: 'over', by: { id: 'a', name: 'A' }, at: NOW.toISOString() });
    const marks = await alertTriageMarks(triage, 'conv-1', alert, NOW);
    assert.deepEqual(marks?.notices, []);
  });

  it('links each person to their Entra profile and role assignments, the role to its members, the card to PIM alerts', async () => {
    const marks = await alertTriageMarks(makeTriage(), 'conv-1', alert, NOW);
    const card = JSON.stringify(renderAlertCard(alert, { actionsVisible: true, now: NOW, triage: marks }));
    assert.ok(card.includes(`${TEST_PORTAL}/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/overview/userId/${USER}`));
    assert.ok(card.includes(`${TEST_PORTAL}/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/AdministrativeRole/userId/${USER}`));
    assert.ok(card.includes(`${TEST_PORTAL}/#view/Microsoft_AAD_IAM/RoleMenuBlade/~/RoleMembers/objectId/${ROLE}/roleTemplateId/${ROLE}`));
    assert.ok(card.includes(`${TEST_PORTAL}/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/Alerts/resourceId//resourceType/tenant/provider/aadroles`));
    assert.equal(card.match(/"Action.OpenUrl"/g)?.length, 4, 'the second incident has no GUID ids: no links');
  });

  it('ids that are not GUIDs never become links (no path or fragment injection)', () => {
    const links = new EntraLinks(TEST_PORTAL);
    for (const id of ['../x', 'a/b', `${USER}#x`, `${USER}/../y`, '']) {
      assert.equal(links.user(id), undefined, id);
      assert.equal(links.role(id), undefined, id);
    }
  });
});
