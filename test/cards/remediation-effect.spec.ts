import assert from 'node:assert/strict';
import { confirmRemediationData } from '../../src/cards/render-confirm-remediation';
import { makeAlert, makeIncident } from '../support/fakes/alert-fixtures';

const facts = (data: ReturnType<typeof confirmRemediationData>): Record<string, string> =>
  Object.fromEntries(data.effect.map((fact) => [fact.title, fact.value]));

describe('confirmation card: the exact effect of Confirm', () => {
  it('names who loses which role, which assignment (eligible, last activation) and the scope', () => {
    const alert = makeAlert('RedundantAssignmentAlert', { incidents: 1 });
    const incident = makeIncident('RedundantAssignmentAlert', 1, { lastActivationDateTime: '2026-03-04T05:06:07Z' });
    assert.deepEqual(facts(confirmRemediationData(alert, incident, { page: 0, requestedBy: 'Ada Admin' })), {
      Who: 'User 1 (user1@contoso.com)',
      'Loses role': 'Global Administrator',
      Assignment: 'Eligible assignment, last activated 2026-03-04',
      Scope: 'The whole directory (tenant-wide, scope "/")',
    });
  });

  it('says an assignment made outside PIM is the active (permanent) one, and where Graph does not say', () => {
    const outside = makeIncident('RolesAssignedOutsidePimAlert', 1, { assignmentCreatedDateTime: '2026-10-01T00:00:00Z' });
    assert.match(facts(confirmRemediationData(makeAlert('RolesAssignedOutsidePimAlert'), outside, { page: 0, requestedBy: 'Ada' }))['Assignment']!, /^Active \(permanent\) assignment made outside PIM, created 2026-10-01$/);
    const stale = makeIncident('StaleSignInAlert', 1);
    assert.match(facts(confirmRemediationData(makeAlert('StaleSignInAlert'), stale, { page: 0, requestedBy: 'Ada' }))['Assignment']!, /no sign-in since 2026-01-02.*does not say whether it is active or eligible/);
  });

  it('a role-only incident (no MFA on activation): nobody loses a role, the role will require MFA', () => {
    const incident = makeIncident('NoMfaOnRoleActivationAlert', 1, { assigneeId: undefined, assigneeDisplayName: undefined, assigneeUserPrincipalName: undefined, roleDisplayName: 'Exchange Administrator' });
    const effect = facts(confirmRemediationData(makeAlert('NoMfaOnRoleActivationAlert'), incident, { page: 0, requestedBy: 'Ada' }));
    assert.equal(effect['Effect'], 'Activating Exchange Administrator will require multifactor authentication. No one loses a role.');
  });

  it('escapes names from Graph', () => {
    const incident = makeIncident('StaleSignInAlert', 1, { assigneeDisplayName: '[x](https://evil) **bold**' });
    assert.ok(!JSON.stringify(confirmRemediationData(makeAlert('StaleSignInAlert'), incident, { page: 0, requestedBy: 'Ada' }).effect).includes('[x](https'));
  });
});

describe('confirmation card: every alert type names who loses which role', () => {
  const question = (data: ReturnType<typeof confirmRemediationData>): string => data.question.replace(/\\/g, '');

  it('too many global administrators: the incident has no role fields, yet every one is a Global Administrator', () => {
    const alert = makeAlert('TooManyGlobalAdminsAssignedToTenantAlert');
    const incident = makeIncident('TooManyGlobalAdminsAssignedToTenantAlert', 1, { roleDisplayName: undefined, lastSignInDateTime: undefined });
    const data = confirmRemediationData(alert, incident, { page: 0, requestedBy: 'Ada' });
    assert.equal(question(data), 'Remove Admin 1 (admin1@contoso.com) from Global Administrator?');
    const effect = facts(data);
    assert.equal(effect['Loses role'], 'Global Administrator');
    assert.match(effect['Assignment']!, /^Their Global Administrator assignment, one of those this alert counts/);
    assert.doesNotMatch(JSON.stringify(data), /the role named by the incident/);
  });

  it('a role named only by its template id: the built-in Global Administrator by name, another role by its id', () => {
    const ga = makeIncident('StaleSignInAlert', 1, { roleDisplayName: undefined, roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' });
    assert.equal(facts(confirmRemediationData(makeAlert('StaleSignInAlert'), ga, { page: 0, requestedBy: 'Ada' }))['Loses role'], 'Global Administrator');
    const other = makeIncident('RedundantAssignmentAlert', 1, { roleDisplayName: undefined, roleTemplateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1' });
    assert.equal(facts(confirmRemediationData(makeAlert('RedundantAssignmentAlert'), other, { page: 0, requestedBy: 'Ada' }))['Loses role'], 'the role with id fe930be7-5e62-47db-91af-98c3a49a38b1');
  });

  it('the role-removing types name the person and the incident\'s role; no MFA asks to require MFA', () => {
    const cases = [
      ['RedundantAssignmentAlert', 'Remove User 1 (user1@contoso.com) from Exchange Administrator?'],
      ['RolesAssignedOutsidePimAlert', 'Remove User 1 (user1@contoso.com) from Exchange Administrator?'],
      ['StaleSignInAlert', 'Remove User 1 (user1@contoso.com) from Exchange Administrator?'],
      ['NoMfaOnRoleActivationAlert', 'Require multifactor authentication to activate Exchange Administrator?'],
    ] as const;
    for (const [key, expected] of cases) {
      const role = key === 'NoMfaOnRoleActivationAlert' ? { assigneeId: undefined, assigneeDisplayName: undefined, assigneeUserPrincipalName: undefined } : {};
      const incident = makeIncident(key, 1, { roleDisplayName: 'Exchange Administrator', ...role });
      assert.equal(question(confirmRemediationData(makeAlert(key), incident, { page: 0, requestedBy: 'Ada' })), expected, key);
    }
  });
});
