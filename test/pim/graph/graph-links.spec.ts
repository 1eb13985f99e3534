import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { followablePath } from '../../../src/pim/graph/collection-reader';
import { relativeGraphLink, sdkPath } from '../../../src/pim/graph/graph-links';

const ALERTS = 'identityGovernance/roleManagementAlerts/alerts';

describe('next links', () => {
  it('follows links on the configured origin, version and alerts API, absolute or relative', () => {
    assert.deepEqual(relativeGraphLink(`https://graph.microsoft.us/beta/${ALERTS}?$skiptoken=1`, 'https://graph.microsoft.us'), { path: ALERTS, search: '?$skiptoken=1' });
    assert.deepEqual(relativeGraphLink(`https://proxy.example/graph/beta/${ALERTS}`, 'https://proxy.example/graph/'), { path: ALERTS, search: '' });
    assert.deepEqual(relativeGraphLink(`/graph/beta/${ALERTS}`, 'https://proxy.example/graph/'), { path: ALERTS, search: '' });
  });

  it('refuses other origins, schemes, versions, resources and unparsable links', () => {
    const base = 'https://graph.microsoft.com';
    assert.equal(relativeGraphLink(`https://graph.microsoft.com.evil.example/beta/${ALERTS}`, base), null);
    assert.equal(relativeGraphLink(`http://graph.microsoft.com/beta/${ALERTS}`, base), null);
    assert.equal(relativeGraphLink(`https://graph.microsoft.com/v1.0/${ALERTS}`, base), null);
    assert.equal(relativeGraphLink('https://graph.microsoft.com/beta/users', base), null);
    assert.equal(relativeGraphLink(`/beta/${ALERTS}`, 'https://proxy.example/graph'), null);
    assert.equal(relativeGraphLink('http://[bad', base), null);
    assert.throws(() => followablePath(`https://evil.example/beta/${ALERTS}`, base), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable');
  });

  it('refuses a path with a colon, plain or percent-encoded (Graph path addressing); encodes one in the query', () => {
    const base = 'https://graph.microsoft.com';
    assert.equal(relativeGraphLink(`https://graph.microsoft.com/beta/${ALERTS}:/x:`, base), null);
    assert.equal(relativeGraphLink(`https://graph.microsoft.com/beta/${ALERTS}/root%3A/secrets.txt%3a/content`, base), null);
    assert.throws(() => followablePath(`https://graph.microsoft.com/beta/${ALERTS}/a:b`, base), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable');
    assert.deepEqual(relativeGraphLink(`https://graph.microsoft.com/beta/${ALERTS}?$skiptoken=x:y`, base), { path: ALERTS, search: '?$skiptoken=x%3Ay' });
  });

  it('hands the SDK only relative paths without a colon', () => {
    assert.equal(sdkPath(`${ALERTS}?$skiptoken=x%3Ay`), `${ALERTS}?$skiptoken=x%3Ay`);
    for (const bad of [`${ALERTS}?$skiptoken=https://evil.example/`, `/${ALERTS}`, 'https://evil.example/beta/x', `${ALERTS}\\x`, `${ALERTS}#x`]) {
      assert.throws(() => sdkPath(bad), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable', bad);
    }
  });
});
