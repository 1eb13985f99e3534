import assert from 'node:assert/strict';
import { resolveAlert, unresolvedText } from '../../../src/routes/commands/alert-resolver';
import { allAlerts, alertIdOf } from '../../support/fakes/alert-fixtures';

describe('resolveAlert', () => {
  const alerts = allAlerts();
  const found = (query: string): string | undefined => {
    const result = resolveAlert(query, alerts);
    return result.kind === 'found' ? result.alert.alertKey ?? undefined : undefined;
  };

  it('accepts the short key, the full key and the full id, in any case', () => {
    assert.equal(found('staleSignIn'), 'StaleSignInAlert');
    assert.equal(found('STALESIGNIN'), 'StaleSignInAlert');
    assert.equal(found('StaleSignInAlert'), 'StaleSignInAlert');
    assert.equal(found(alertIdOf('StaleSignInAlert')), 'StaleSignInAlert');
  });

  it('accepts an unambiguous start of the display name', () => {
    assert.equal(found('potential stale'), 'StaleSignInAlert');
    assert.equal(found('There are too'), 'TooManyGlobalAdminsAssignedToTenantAlert');
    assert.equal(found('noMfa'), 'NoMfaOnRoleActivationAlert');
    assert.equal(found('no'), undefined, 'too short to guess');
  });

  it('reports an ambiguous prefix with the candidates', () => {
    const result = resolveAlert('Roles are being', alerts);
    if (result.kind !== 'ambiguous') assert.fail(`expected ambiguous, got ${result.kind}`);
    assert.equal(result.suggestions.length, 3);
    assert.match(unresolvedText(result), /matches more than one alert/);
  });

  it('suggests close names for an unknown alert, not an error dump', () => {
    const result = resolveAlert('signin', alerts);
    if (result.kind !== 'missing') assert.fail(`expected missing, got ${result.kind}`);
    assert.deepEqual(result.suggestions, ['staleSignIn (Potential stale accounts in a privileged role)']);
    const none = resolveAlert('zzz', alerts);
    assert.ok(none.kind === 'missing' && none.suggestions.length === 7);
  });
});
