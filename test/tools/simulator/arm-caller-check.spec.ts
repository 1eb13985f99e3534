import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { JwtSigner } from '../../../src/tools/dev/token-issuer/jwt-signer';
import { checkArmCaller, type ArmIdentity } from '../../../src/tools/simulator/http/arm-caller-check';

const SUB = 'afa2a084-766f-4003-8ae1-c4aeb893a99f';
const OTHER_SUB = '5c6a1e4b-8f2d-4b7a-9c31-2d0e7f6a1b22';
const ALERT = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleManagementAlerts/TooManyOwnersAssignedToResource`;
const ARM = 'https://management.azure.com';
const OWNER = '11111111-1111-4111-8111-111111111111';
const ELIGIBLE = '22222222-2222-4222-8222-222222222222';
const READER = '33333333-3333-4333-8333-333333333333';
const SCOPED = '44444444-4444-4444-8444-444444444444';
const NOBODY = '55555555-5555-4555-8555-555555555555';

const signer = new JwtSigner();
const identity = (appAzureRole?: string): ArmIdentity => ({
  publicKeyPem: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString(), armAudience: ARM, ...(appAzureRole ? { appAzureRole } : {}),
  azureRoles: {
    [OWNER]: [{ role: 'Owner', scope: '*', state: 'active' }],
    [ELIGIBLE]: [{ role: 'Owner', scope: '*', state: 'eligible' }],
    [READER]: [{ role: 'Reader', scope: '*', state: 'active' }],
    [SCOPED]: [{ role: 'User Access Administrator', scope: OTHER_SUB, state: 'active' }],
  },
});
const token = (oid: string, claims: Record<string, unknown> = {}): string => signer.sign({
  aud: ARM, oid, tid: 'tenant', upn: `${oid.slice(0, 4)}@contoso.example`, scp: 'user_impersonation', exp: Math.floor(Date.now() / 1000) + 600, ...claims,
});
const request = (bearer?: string): IncomingMessage => ({ headers: bearer ? { authorization: `Bearer ${bearer}` } : {} }) as IncomingMessage;
const status = (check: ReturnType<typeof checkArmCaller>): number | undefined => check?.refusal?.status;

describe('simulator: Azure RBAC on the Resource Manager alert paths (delegated tokens)', () => {
  it('lets an active Owner or User Access Administrator at the subscription write, and every active role read', () => {
    assert.equal(status(checkArmCaller(identity(), request(token(OWNER)), 'PATCH', ALERT)), undefined);
    assert.equal(checkArmCaller(identity(), request(token(OWNER)), 'PATCH', ALERT)?.caller, 'user:1111@contoso.example');
    assert.equal(status(checkArmCaller(identity(), request(token(READER)), 'GET', ALERT)), undefined);
    assert.equal(status(checkArmCaller(identity(), request(token(SCOPED)), 'POST', ALERT.replace(SUB, OTHER_SUB) + '/refresh')), undefined);
  });

  it('answers 403 AuthorizationFailed to a Reader, an eligible (not activated) Owner, a role at another subscription and no role', () => {
    for (const oid of [READER, ELIGIBLE, SCOPED, NOBODY]) {
      const check = checkArmCaller(identity(), request(token(oid)), 'PATCH', ALERT);
      assert.equal(check?.refusal?.status, 403, oid);
      assert.equal(check.refusal.code, 'AuthorizationFailed');
      assert.match(check.refusal.message, /does not have authorization to perform action 'Microsoft\.Authorization\/roleAssignments\/write'/);
    }
    assert.equal(status(checkArmCaller(identity(), request(token(NOBODY)), 'GET', ALERT)), 403, 'no role: no read either');
  });

  it('answers 401 to a Graph token, a forged signature, an expired token; 403 to a token without user_impersonation', () => {
    assert.equal(status(checkArmCaller(identity(), request(token(OWNER, { aud: 'https://graph.microsoft.com' })), 'PATCH', ALERT)), 401);
    assert.equal(status(checkArmCaller(identity(), request(`${token(OWNER).slice(0, -4)}AAAA`), 'PATCH', ALERT)), 401);
    assert.equal(status(checkArmCaller(identity(), request(token(OWNER, { exp: Math.floor(Date.now() / 1000) - 5 })), 'PATCH', ALERT)), 401);
    assert.equal(status(checkArmCaller(identity(), request(token(OWNER, { scp: 'RoleManagementAlert.ReadWrite.Directory' })), 'PATCH', ALERT)), 403);
  });

  it('refuses the app\'s own (token-less) writes while it holds Reader, lets it read, and leaves other paths alone', () => {
    assert.equal(status(checkArmCaller(identity(), request(), 'PATCH', ALERT)), 403);
    assert.equal(status(checkArmCaller(identity(), request(), 'GET', ALERT)), undefined);
    assert.equal(status(checkArmCaller(identity('User Access Administrator'), request(), 'PATCH', ALERT)), undefined);
    assert.equal(checkArmCaller(identity(), request(), 'GET', '/subscriptions?api-version=2022-12-01'), undefined);
  });
});
