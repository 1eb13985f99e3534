import { strict as assert } from 'node:assert';
import { mapArmFailure } from '../../../src/pim/arm/arm-error-mapper';

const AUTHORIZATION_FAILED = { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization to perform action.' } };

describe('Resource Manager 403 to the bot\'s own credential', () => {
  it('a refused read names only Reader: in delegated mode the bot never needs a write role', () => {
    const error = mapArmFailure({ status: 403, method: 'GET', body: AUTHORIZATION_FAILED, operation: 'listAzureAlerts' });
    assert.equal(error.code, 'graphForbidden');
    assert.match(error.message, /the bot needs the \*\*Reader\*\* role/);
    assert.doesNotMatch(error.message, /Owner|User Access Administrator/);
  });

  it('a refused write (application mode: the bot writes as itself) names Owner or User Access Administrator', () => {
    const error = mapArmFailure({ status: 403, method: 'PATCH', body: AUTHORIZATION_FAILED, operation: 'dismissAzureAlert' });
    assert.equal(error.code, 'graphForbidden');
    assert.match(error.message, /WRITE_MODE=application the bot itself needs \*\*Owner\*\* or \*\*User Access Administrator\*\*/);
    assert.equal(error.details.armCode, 'AuthorizationFailed');
  });
});
