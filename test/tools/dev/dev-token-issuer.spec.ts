import assert from 'node:assert/strict';
import restify from 'restify';
import { startDevTokenIssuer, type DevTokenIssuer } from '../../../src/tools/dev/token-issuer/dev-token-issuer';

const TENANT = '33333333-3333-4333-8333-333333333333';
const USER = { objectId: '44444444-4444-4444-8444-444444444444', upn: 'alexw@contoso.example' };

describe('dev token issuer', () => {
  let issuer: DevTokenIssuer | undefined;
  afterEach(async () => { await issuer?.close(); issuer = undefined; });

  it('answers in a process where restify has replaced ServerResponse#writeHead (the e2e tests run both in one process)', async () => {
    restify.createServer(); // patches http.ServerResponse.prototype, as every in-process bot of the test suite does
    issuer = await startDevTokenIssuer({ tenantId: TENANT, users: [USER], autoSignIn: true });
    const signedIn = await fetch(`${issuer.url}/api/usertoken/token?user=${USER.objectId}`, { signal: AbortSignal.timeout(3000) });
    assert.equal(signedIn.status, 200);
    assert.equal(typeof ((await signedIn.json()) as { token?: unknown }).token, 'string');
    const unknown = await fetch(`${issuer.url}/nowhere`, { signal: AbortSignal.timeout(3000) });
    assert.equal(unknown.status, 404);
  });
});
