import assert from 'node:assert/strict';
import { resolveAlert, unresolvedText, type AlertResolution } from '../../../src/routes/commands/alert-resolver';
import { allAlerts, alertIdOf } from '../../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../../support/fakes/azure-alert-fixtures';

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

  it('takes a quoted name without its quotes, as remediate takes a quoted incident name', () => {
    assert.equal(found('"potential stale"'), 'StaleSignInAlert');
    assert.equal(found('“There are too”'), 'TooManyGlobalAdminsAssignedToTenantAlert');
    const missing = resolveAlert('"no such alert here"', alerts);
    if (missing.kind === 'found') assert.fail('found an alert for an unknown name');
    assert.doesNotMatch(unresolvedText(missing), /""/, 'the answer does not double the quotes');
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
    assert.deepEqual(result.suggestions, [{ type: 'staleSignIn', label: 'Potential stale accounts in a privileged role' }]);
    const none = resolveAlert('zzz', alerts);
    assert.ok(none.kind === 'missing' && none.suggestions.length === 7);
  });

  describe('an alert type raised in several Azure subscriptions', () => {
    const OTHER = { subscriptionId: 'afa2a084-0000-4000-8000-000000000001', displayName: 'Contoso Production Copy' };
    const azure = [
      ...allAlerts(),
      makeAzureAlert('TooManyOwnersAssignedToResource', PROD),
      makeAzureAlert('TooManyOwnersAssignedToResource', DEV),
      makeAzureAlert('DuplicateRoleCreated', DEV),
    ];
    const resolve = (query: string, alerts = azure): AlertResolution => resolveAlert(query, alerts);
    const subscriptionOfFound = (query: string, alerts = azure): string => {
      const result = resolve(query, alerts);
      if (result.kind !== 'found') assert.fail(`"${query}": expected found, got ${result.kind}`);
      return result.alert.scopeId;
    };

    it('never picks one: the short key, the full key and a name prefix list every subscription that raises it', () => {
      for (const query of ['tooManyOwners', 'TooManyOwnersAssignedToResource', 'too many owners']) {
        const result = resolve(query);
        if (result.kind !== 'inScopes') assert.fail(`"${query}": expected inScopes, got ${result.kind}`);
        assert.deepEqual(result.suggestions, [
          { type: 'tooManyOwners@afa2a084', label: 'Too many owners assigned to a resource, Contoso Production' },
          { type: 'tooManyOwners@5c6a1e4b', label: 'Too many owners assigned to a resource, Contoso <b>Dev</b>' },
        ], query);
      }
    });

    it('answers with the exact command to type for each, the rest of the command kept', () => {
      const result = resolve('tooManyOwners');
      if (result.kind === 'found') assert.fail('expected candidates');
      const text = unresolvedText(result, (name) => `config ${name} thresholdNumberOfOwners=5`);
      assert.equal(text.split('\n')[0], '"tooManyOwners" is raised in 2 places. Say which one; type:');
      assert.ok(text.includes('- `config tooManyOwners@afa2a084 thresholdNumberOfOwners=5`: Too many owners assigned to a resource, Contoso Production'), text);
      assert.ok(text.includes('- `config tooManyOwners@5c6a1e4b thresholdNumberOfOwners=5`'), text);
    });

    it('accepts the scope-qualified forms: id start, whole id, subscriptions/id, display name in any spacing', () => {
      const prod = `/subscriptions/${PROD.subscriptionId}`;
      for (const query of ['tooManyOwners@afa2a084', `tooManyOwners@${PROD.subscriptionId}`, `TooManyOwnersAssignedToResource@subscriptions/${PROD.subscriptionId}`,
        'tooManyOwners@Contoso Production', 'too many owners@contoso-production', 'tooManyOwners @ CONTOSOPRODUCTION']) {
        assert.equal(subscriptionOfFound(query), prod, query);
      }
      assert.equal(subscriptionOfFound(`Subscription_${DEV.subscriptionId}_TooManyOwnersAssignedToResource`), `/subscriptions/${DEV.subscriptionId}`, 'the full id stays exact');
    });

    it('a type raised in one subscription only, and the Entra alerts, resolve without a qualifier', () => {
      assert.equal(subscriptionOfFound('duplicateRole'), `/subscriptions/${DEV.subscriptionId}`);
      assert.equal(subscriptionOfFound('staleSignIn'), '/');
      assert.equal(subscriptionOfFound('staleSignIn@directory'), '/');
    });

    it('an unknown scope lists the watched subscriptions; a qualifier shorter than 8 characters of an id is not guessed', () => {
      for (const query of ['tooManyOwners@nowhere', 'tooManyOwners@afa2']) {
        const result = resolve(query);
        if (result.kind !== 'unknownScope') assert.fail(`"${query}": expected unknownScope, got ${result.kind}`);
        assert.deepEqual(result.suggestions.map((item) => item.type), ['afa2a084', '5c6a1e4b']);
        assert.match(unresolvedText(result), /^No watched subscription matches/);
      }
    });

    it('suggests the whole subscription id when two subscriptions start alike', () => {
      const alerts = [...azure, makeAzureAlert('TooManyOwnersAssignedToResource', OTHER)];
      const result = resolve('tooManyOwners', alerts);
      if (result.kind !== 'inScopes') assert.fail(`expected inScopes, got ${result.kind}`);
      assert.deepEqual(result.suggestions.map((item) => item.type), [
        `tooManyOwners@${PROD.subscriptionId}`, 'tooManyOwners@5c6a1e4b', `tooManyOwners@${OTHER.subscriptionId}`,
      ]);
      assert.equal(subscriptionOfFound(`tooManyOwners@${OTHER.subscriptionId}`, alerts), `/subscriptions/${OTHER.subscriptionId}`);
      assert.equal(resolve('tooManyOwners@afa2a084', alerts).kind, 'inScopes', 'an id start shared by two subscriptions is still ambiguous');
    });
  });
});
