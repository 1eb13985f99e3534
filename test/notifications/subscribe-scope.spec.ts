import assert from 'node:assert/strict';
import { parseScopes, wantsScope } from '../../src/notifications/subscribe-scope';
import { makeAlert } from '../support/fakes/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';

describe('subscriptions by scope', () => {
  it('a subscription limited to one Azure subscription hears only its alerts; the directory only the Entra ones', () => {
    const prod = makeAzureAlert('TooManyOwnersAssignedToResource', PROD);
    const dev = makeAzureAlert('TooManyOwnersAssignedToResource', DEV);
    const entra = makeAlert('StaleSignInAlert');
    const onlyProd = parseScopes([PROD.subscriptionId]);
    assert.deepEqual([wantsScope(onlyProd, prod), wantsScope(onlyProd, dev), wantsScope(onlyProd, entra)], [true, false, false]);
    const onlyDirectory = parseScopes(['Directory']);
    assert.deepEqual([wantsScope(onlyDirectory, prod), wantsScope(onlyDirectory, entra)], [false, true]);
    assert.deepEqual([wantsScope(undefined, prod), wantsScope([], entra)], [true, true]);
    assert.deepEqual(parseScopes(['all']), []);
    assert.throws(() => parseScopes(['resourceGroups/rg']), /is not a scope/);
  });
});
