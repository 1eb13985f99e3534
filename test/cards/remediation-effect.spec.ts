import assert from 'node:assert/strict';
import { confirmRemediationData } from '../../src/cards/render-confirm-remediation';
import { makeAlert, makeIncident } from '../support/fakes/alert-fixtures';

const facts = (data: ReturnType<typeof confirmRemediationData>): Record<string, string> =>
  Object.fromEntries(data.effect.map((fact) => [fact.title, fact.value]));

describe('confirmation card: the exact effect of Confirm', () => {
  it('names who loses which role, which assignment (eligible, last activation) and the scope', () => {
    const alert = makeAlert('RedundantAssignmentAlert', { incidents: 1 });
    const incident = makeIncident('RedundantAssignmentAlert', 1, { lastActivationDateTime: '2026-03-04T05:06:07Z' });
    assert.deepEqual(facts(confirmRemediationData(alert, incident, 0, 'Ada Admin')), {
      Who: 'User 1 (user1@contoso.com)',
      'Loses role': 'Global Administrator',
      Assignment: 'Eligible assignment, last activated 2026-03-04',
      Scope: 'The whole directory (tenant-wide, scope "/")',
    });
  });

  it('says an assignment made outside PIM is the active (permanent) one, and where Graph does not say', () => {
    const outside = makeIncident('RolesAssignedOutsidePimAlert', 1, { assignmentCreatedDateTime: '2026-10-01T00:00:00Z' });
    assert.match(facts(confirmRemediationData(makeAlert('RolesAssignedOutsidePimAlert'), outside, 0, 'Ada'))['Assignment']!, /^Active \(permanent\) assignment made outside PIM, created 2026-10-01$/);
    const stale = makeIncident('StaleSignInAlert', 1);
    assert.match(facts(confirmRemediationData(makeAlert('StaleSignInAlert'), stale, 0, 'Ada'))['Assignment']!, /no sign-in since 2026-01-02.*does not say whether it is active or eligible/);
  });

  it('a role-only incident (no MFA on activation): nobody loses a role, the role will require MFA', () => {
    const incident = makeIncident('NoMfaOnRoleActivationAlert', 1, { assigneeId: undefined, assigneeDisplayName: undefined, assigneeUserPrincipalName: undefined, roleDisplayName: 'Exchange Administrator' });
    const effect = facts(confirmRemediationData(makeAlert('NoMfaOnRoleActivationAlert'), incident, 0, 'Ada'));
    assert.equal(effect['Effect'], 'Activating Exchange Administrator will require multifactor authentication. No one loses a role.');
  });

  it('escapes names from Graph', () => {
    const incident = makeIncident('StaleSignInAlert', 1, { assigneeDisplayName: '[x](https://evil) **bold**' });
    assert.ok(!JSON.stringify(confirmRemediationData(makeAlert('StaleSignInAlert'), incident, 0, 'Ada').effect).includes('[x](https'));
  });
});
