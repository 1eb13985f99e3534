import assert from 'node:assert/strict';
import restify from 'restify';
import { ARM_AUDIENCE, GRAPH_AUDIENCE, startDevTokenIssuer, type DevTokenIssuer } from '../../../src/tools/dev/token-issuer/dev-token-issuer';
import { LoopbackTokenService } from '../../../src/delegation/loopback-token-service';
import { verifiedClaims } from '../../../src/tools/dev/token-issuer/jwt-signer';

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

  it('issues a Graph token on the graph connection and a Resource Manager token on the arm connection, each for its own sign-in', async () => {
    issuer = await startDevTokenIssuer({ tenantId: TENANT, users: [USER], autoSignIn: false });
    const exchange = async (connection: string): Promise<Record<string, unknown> | undefined> => {
      const response = await fetch(`${issuer!.url}/api/usertoken/exchange?user=${USER.objectId}&connection=${connection}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: issuer!.ssoToken(USER.objectId) }), signal: AbortSignal.timeout(3000),
      });
      const body = (await response.json()) as { token?: string };
      return body.token === undefined ? undefined : verifiedClaims(body.token, issuer!.publicKeyPem);
    };
    const held = async (connection: string): Promise<number> =>
      (await fetch(`${issuer!.url}/api/usertoken/token?user=${USER.objectId}&connection=${connection}`, { signal: AbortSignal.timeout(3000) })).status;
    assert.deepEqual([await held('graph'), await held('arm')], [404, 404]);
    const arm = await exchange('arm');
    assert.deepEqual([arm?.aud, arm?.scp, arm?.oid], [ARM_AUDIENCE, 'user_impersonation', USER.objectId]);
    assert.deepEqual([await held('graph'), await held('arm')], [404, 200], 'signed in on the arm connection only');
    assert.equal((await exchange('graph'))?.aud, GRAPH_AUDIENCE);
    assert.equal(await exchange('unknown'), undefined);
    issuer.signOut(USER.objectId);
    assert.deepEqual([await held('graph'), await held('arm')], [404, 404]);
  });

  it('signs a user out of one connection through the bot\'s loopback token service (what the bot does when an API refuses the token)', async () => {
    issuer = await startDevTokenIssuer({ tenantId: TENANT, users: [USER], autoSignIn: true });
    const request = { userId: 'teams-user', aadObjectId: USER.objectId, channelId: 'msteams' };
    const graph = new LoopbackTokenService(issuer.url, 'graph');
    const arm = new LoopbackTokenService(issuer.url, 'arm');
    assert.equal(typeof await graph.token(request), 'string');
    assert.equal(typeof await arm.token(request), 'string');
    await graph.signOut(request);
    assert.equal(await graph.token(request), undefined, 'signed out of graph');
    assert.equal(typeof await arm.token(request), 'string', 'still signed in on arm');
    await graph.signOut(request); // already signed out: nothing to do, no error
  });
});

