import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { followablePath } from '../../../src/pim/graph/collection-reader';
import { relativeGraphLink } from '../../../src/pim/graph/graph-links';

describe('next links', () => {
  it('follows links on the configured origin and version', () => {
    assert.deepEqual(relativeGraphLink('https://graph.microsoft.us/beta/a/b?$skiptoken=1', 'https://graph.microsoft.us'), { path: 'a/b', search: '?$skiptoken=1' });
    assert.deepEqual(relativeGraphLink('https://proxy.example/graph/beta/a', 'https://proxy.example/graph/'), { path: 'a', search: '' });
  });

  it('refuses other origins, schemes, versions and unparsable links', () => {
    const base = 'https://graph.microsoft.com';
    assert.equal(relativeGraphLink('https://graph.microsoft.com.evil.example/beta/a', base), null);
    assert.equal(relativeGraphLink('http://graph.microsoft.com/beta/a', base), null);
    assert.equal(relativeGraphLink('https://graph.microsoft.com/v1.0/a', base), null);
    assert.equal(relativeGraphLink('/beta/a', base), null);
    assert.throws(() => followablePath('https://evil.example/beta/a', base), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable');
  });

  it('refuses a path with a colon, plain or percent-encoded (Graph path addressing), but not one in the query', () => {
    const base = 'https://graph.microsoft.com';
    assert.equal(relativeGraphLink('https://graph.microsoft.com/beta/identityGovernance/roleManagementAlerts/alerts:/x:', base), null);
    assert.equal(relativeGraphLink('https://graph.microsoft.com/beta/me/drive/root%3A/secrets.txt%3a/content', base), null);
    assert.throws(() => followablePath('https://graph.microsoft.com/beta/users/a:b', base), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable');
    assert.deepEqual(relativeGraphLink('https://graph.microsoft.com/beta/a/b?$skiptoken=x:y', base), { path: 'a/b', search: '?$skiptoken=x:y' });
  });
});
