import assert from 'node:assert/strict';
import { DelegatedTokenCache } from '../../src/delegation/delegated-token-cache';
import { DelegatedWrites } from '../../src/delegation/delegated-writes';
import { AppError } from '../../src/errors/app-error';
import { silentLogger } from '../../src/logging/json-logger';
import { dismissAlert } from '../../src/use-cases/dismiss-alert';
import { confirmSelectedRemediation } from '../../src/use-cases/remediate-selected';
import type { Turn } from '../../src/use-cases/turn';
import type { TokenResource, UserTokens } from '../../src/delegation/token-resource';
import { alertIdOf, allAlerts, makeAlert } from '../support/fakes/alert-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { fakeJwt, userToken } from '../support/fakes/fake-jwt';
import { ADMIN, READER, RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps, NOW } from '../support/fakes/use-case-deps';

const TENANT = '33333333-3333-3333-3333-333333333333';
const OTHER_TENANT = '44444444-4444-4444-4444-444444444444';
const MY_ROLES = 'https://entra.microsoft.com/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles';
const ALERT = alertIdOf('TooManyGlobalAdminsAssignedToTenantAlert');
const MY_AZURE_ROLES = 'https://entra.microsoft.com/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/azurerbac';
const SUBSCRIPTION = 'aaaaaaaa-1111-4111-8111-111111111111';
const AZURE_ALERT = `Subscription_${SUBSCRIPTION}_TooManyOwnersAssignedToResource`;

interface Setup { clock: { now: number }; asUser: string[]; userTokens: UserTokens[]; userPim: FakePimAlerts; writes: DelegatedWrites; cache: DelegatedTokenCache }

function setup(): Setup {
  const clock = { now: NOW.getTime() };
  const asUser: string[] = [];
  const userTokens: UserTokens[] = [];
  const userPim = new FakePimAlerts(allAlerts());
  const cache = new DelegatedTokenCache(() => clock.now);
  const writes = new DelegatedWrites({
    asUser: (tokens) => { userTokens.push(tokens); if (tokens.graph) asUser.push(tokens.graph); return userPim; },
    cache, myRolesUrl: MY_ROLES, myAzureRolesUrl: MY_AZURE_ROLES, azureScopes: true, allowedTenantIds: [], logger: silentLogger,
  });
  return { clock, asUser, userTokens, userPim, writes, cache };
}

/** A turn of `user` in TENANT whose token service hands out `tokens` in turn (undefined: not signed in), recording for which API. */
function turnWith(user = ADMIN, tokens: (string | undefined)[] = []): Turn & { asked: number; resources: TokenResource[] } {
  const turn = new RecordingTurn(user, undefined, { id: 'conv-1', type: 'personal', tenantId: TENANT }) as RecordingTurn & {
    asked: number; resources: TokenResource[]; userToken: (resource: TokenResource) => Promise<string | undefined>;
  };
  turn.asked = 0;
  turn.resources = [];
  turn.userToken = (resource) => { turn.asked += 1; turn.resources.push(resource); return Promise.resolve(tokens.shift()); };
  return turn;
}

async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail('expected an AppError');
}

describe('DelegatedWrites (WRITE_MODE=delegated)', () => {
  it('runs the write with the user\'s token from the token service, records who it ran as, and keeps the token in memory', async () => {
    const { asUser, userPim, writes, clock } = setup();
    const token = userToken(ADMIN.aadObjectId!, TENANT, clock.now);
    const deps = makeUseCaseDeps({ writes });
    const turn = turnWith(ADMIN, [token]);
    await dismissAlert(deps, turn, ALERT);
    assert.deepEqual(userPim.firstArgs('dismissAlert'), [ALERT]);
    assert.equal(deps.pim.count('dismissAlert'), 0, 'the app credential wrote nothing');
    assert.deepEqual(asUser, [token]);
    const entries = await deps.audit.recent(5);
    assert.deepEqual(entries.map((entry) => [entry.result, entry.ranAs]), [
      ['succeeded', { objectId: ADMIN.aadObjectId, upn: 'ada@contoso.example' }],
      ['attempted', { objectId: ADMIN.aadObjectId, upn: 'ada@contoso.example' }],
    ]);
    assert.ok(!JSON.stringify(entries).includes(token), 'the token is never audited');
    await writes.forWrite(turn, ALERT);
    assert.equal(turn.asked, 1, 'the second write used the token held in memory');
  });

  it('runs each write of a bulk remediation (Remediate selected) with the user\'s token, and asks for a sign-in during the click', async () => {
    const { userPim, writes, clock } = setup();
    const stale = alertIdOf('StaleSignInAlert');
    const withIncidents = (pim: FakePimAlerts): void => {
      pim.alerts = pim.alerts.map((alert) => (alert.id === stale ? makeAlert('StaleSignInAlert', { incidents: 3 }) : alert));
    };
    const deps = makeUseCaseDeps({ writes });
    withIncidents(deps.pim);
    withIncidents(userPim);
    const ids = deps.pim.alerts.find((alert) => alert.id === stale)!.incidents.map((incident) => incident.id).slice(0, 2);
    const request = { alertId: stale, page: 0, incidentIds: ids, acknowledged: false };
    const unsigned = await failure(confirmSelectedRemediation(deps, turnWith(ADMIN, [undefined]), request));
    assert.equal(unsigned.code, 'signInRequired', 'the sign-in is asked for in the click, not lost in the background');
    await confirmSelectedRemediation(deps, turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now)]), request);
    await deps.background.idle();
    assert.deepEqual(userPim.calls.filter((call) => call.method === 'remediateIncident').map((call) => call.args[1]), ids);
    assert.equal(deps.pim.count('remediateIncident'), 0, 'the app credential removed nothing');
    const done = (await deps.audit.recent(10)).filter((entry) => entry.action === 'remediate' && entry.result === 'succeeded');
    assert.deepEqual(done.map((entry) => entry.ranAs?.objectId), [ADMIN.aadObjectId, ADMIN.aadObjectId]);
  });

  it('asks for a sign-in when the token service has no token, and records nothing', async () => {
    const { writes } = setup();
    const deps = makeUseCaseDeps({ writes });
    const error = await failure(dismissAlert(deps, turnWith(ADMIN, [undefined]), ALERT));
    assert.equal(error.code, 'signInRequired');
    assert.equal((await deps.audit.recent(5)).length, 0);
  });

  it('asks the token service again once the held token is near its expiry', async () => {
    const { writes, clock } = setup();
    const turn = turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now, 120), undefined]);
    await writes.forWrite(turn, ALERT);
    clock.now += 95_000;
    assert.equal((await failure(writes.forWrite(turn, ALERT))).code, 'signInRequired');
    assert.equal(turn.asked, 2);
  });

  it('refuses a token for another user or another tenant, and does not keep it', async () => {
    const { writes, clock } = setup();
    const otherUser = await failure(writes.forWrite(turnWith(ADMIN, [userToken(READER.aadObjectId!, TENANT, clock.now)])));
    assert.deepEqual([otherUser.code, otherUser.details.reason], ['userNotAllowed', 'wrongUser']);
    const otherTenant = await failure(writes.forWrite(turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, OTHER_TENANT, clock.now)])));
    assert.deepEqual([otherTenant.code, otherTenant.details.reason], ['userNotAllowed', 'wrongTenant']);
    assert.equal((await failure(writes.forWrite(turnWith(ADMIN, [undefined])))).code, 'signInRequired', 'nothing was cached');
  });

  it('turns Graph\'s 403 into the role answer (Privileged Role Administrator, activate in PIM, My roles link), without retrying', async () => {
    const { writes, userPim, clock } = setup();
    userPim.failNext('dismissAlert', new AppError('graphForbidden', { details: { status: 403 } }));
    const deps = makeUseCaseDeps({ writes });
    const error = await failure(dismissAlert(deps, turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now)]), ALERT));
    assert.equal(error.code, 'roleRequired');
    assert.match(error.message, /Privileged Role Administrator\*\* role, active/);
    assert.match(error.message, /eligible for it, activate it first in PIM/);
    assert.ok(error.message.includes(MY_ROLES));
    assert.equal(userPim.count('dismissAlert'), 1);
    assert.deepEqual((await deps.audit.recent(1)).map((entry) => [entry.result, entry.detail]), [['failed', 'roleRequired']]);
  });

  it('turns Graph\'s 401 (token expired or revoked) into a fresh sign-in and forgets the token', async () => {
    const { writes, userPim, clock } = setup();
    userPim.failNext('dismissAlert', new AppError('graphForbidden', { details: { status: 401 } }));
    const turn = turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now), undefined]);
    const first = await writes.forWrite(turn, ALERT);
    assert.equal((await failure(first.pim.dismissAlert(ALERT))).code, 'signInRequired');
    assert.equal((await failure(writes.forWrite(turn, ALERT))).code, 'signInRequired');
    assert.equal(turn.asked, 2);
  });

  it('writes an Azure resource alert with the user\'s Resource Manager token only (its own connection), and audits who it ran as', async () => {
    const { userTokens, userPim, writes, clock } = setup();
    const armToken = userToken(ADMIN.aadObjectId!, TENANT, clock.now, 3600, 'ada@contoso.example');
    const deps = makeUseCaseDeps({ writes });
    userPim.alerts = [...userPim.alerts, { ...makeAlert('StaleSignInAlert'), id: AZURE_ALERT }];
    deps.pim.alerts = userPim.alerts;
    const turn = turnWith(ADMIN, [armToken]);
    await dismissAlert(deps, turn, AZURE_ALERT);
    assert.deepEqual(turn.resources, ['arm'], 'only the Resource Manager connection was asked');
    assert.deepEqual(userTokens, [{ arm: armToken }]);
    assert.deepEqual(userPim.firstArgs('dismissAlert'), [AZURE_ALERT]);
    assert.equal(deps.pim.count('dismissAlert'), 0, 'the app credential wrote nothing');
    const entries = await deps.audit.recent(2);
    assert.deepEqual(entries.map((entry) => entry.ranAs?.objectId), [ADMIN.aadObjectId, ADMIN.aadObjectId]);
    assert.ok(!JSON.stringify(entries).includes(armToken));
  });

  it('keeps tokens per user and API: a held Graph token does not stand in for Resource Manager, and refresh-all takes both', async () => {
    const { writes, clock, cache, userTokens } = setup();
    const graph = userToken(ADMIN.aadObjectId!, TENANT, clock.now);
    const arm = userToken(ADMIN.aadObjectId!, TENANT, clock.now, 1800);
    await writes.forWrite(turnWith(ADMIN, [graph]), ALERT);
    const unsigned = turnWith(ADMIN, [undefined]);
    assert.equal((await failure(writes.forWrite(unsigned, AZURE_ALERT))).code, 'azureSignInRequired');
    assert.deepEqual(unsigned.resources, ['arm']);
    const all = turnWith(ADMIN, [arm]);
    await writes.forWrite(all);
    assert.deepEqual(all.resources, ['arm'], 'the Graph token came from memory');
    assert.deepEqual(userTokens.at(-1), { graph, arm });
    assert.ok(cache.has(ADMIN.aadObjectId!, 'graph') && cache.has(ADMIN.aadObjectId!, 'arm'));
  });

  it('turns Resource Manager\'s 403 (AuthorizationFailed) into the Azure RBAC answer: Owner or User Access Administrator at the subscription, activate in PIM, link', async () => {
    const { writes, userPim, clock } = setup();
    userPim.failNext('dismissAlert', new AppError('graphForbidden', { details: { status: 403, source: 'arm', armCode: 'AuthorizationFailed' } }));
    const deps = makeUseCaseDeps({ writes });
    deps.pim.alerts = [...deps.pim.alerts, { ...makeAlert('StaleSignInAlert'), id: AZURE_ALERT }];
    const error = await failure(dismissAlert(deps, turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now)]), AZURE_ALERT));
    assert.equal(error.code, 'roleRequired');
    assert.match(error.message, /Azure Resource Manager refused this change \(signed in as ada@contoso\.example\)/);
    assert.match(error.message, /\*\*Owner\*\* or \*\*User Access Administrator\*\* role on subscription aaaaaaaa-1111-4111-8111-111111111111/);
    assert.match(error.message, /eligible for one of them, activate it first in PIM/);
    assert.ok(error.message.includes(MY_AZURE_ROLES));
    assert.doesNotMatch(error.message, /Privileged Role Administrator/);
    assert.equal(userPim.count('dismissAlert'), 1, 'no retry');
  });

  it('turns Resource Manager\'s 401 into a fresh Azure sign-in, forgetting only the Resource Manager token', async () => {
    const { writes, userPim, clock, cache } = setup();
    userPim.failNext('dismissAlert', new AppError('graphForbidden', { details: { status: 401, source: 'arm' } }));
    await writes.forWrite(turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now)]), ALERT);
    const writer = await writes.forWrite(turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, TENANT, clock.now)]), AZURE_ALERT);
    assert.equal((await failure(writer.pim.dismissAlert(AZURE_ALERT))).code, 'azureSignInRequired');
    assert.deepEqual([cache.has(ADMIN.aadObjectId!, 'graph'), cache.has(ADMIN.aadObjectId!, 'arm')], [true, false]);
  });

  it('refuses a Resource Manager token for another user or tenant', async () => {
    const { writes, clock } = setup();
    const otherUser = await failure(writes.forWrite(turnWith(ADMIN, [userToken(READER.aadObjectId!, TENANT, clock.now)]), AZURE_ALERT));
    assert.deepEqual([otherUser.code, otherUser.details.reason], ['userNotAllowed', 'wrongUser']);
    const otherTenant = await failure(writes.forWrite(turnWith(ADMIN, [userToken(ADMIN.aadObjectId!, OTHER_TENANT, clock.now)]), AZURE_ALERT));
    assert.deepEqual([otherTenant.code, otherTenant.details.reason], ['userNotAllowed', 'wrongTenant']);
  });

  it('refuses a token for the other API (a connection configured with the wrong scopes) with a configuration answer, not another sign-in', async () => {
    const { writes, clock, cache } = setup();
    const graphAudience = fakeJwt({ oid: ADMIN.aadObjectId, tid: TENANT, upn: 'ada@contoso.example', exp: Math.floor(clock.now / 1000) + 3600, aud: 'https://graph.microsoft.com' });
    const error = await failure(writes.forWrite(turnWith(ADMIN, [graphAudience]), AZURE_ALERT));
    assert.equal(error.code, 'configuration');
    assert.match(error.message, /returned a token for Microsoft Graph: the Azure Bot OAuth connection ARM_OAUTH_CONNECTION_NAME must ask for https:\/\/management\.azure\.com\/user_impersonation/);
    assert.equal(cache.has(ADMIN.aadObjectId!, 'arm'), false);
    const armAudience = fakeJwt({ oid: ADMIN.aadObjectId, tid: TENANT, exp: Math.floor(clock.now / 1000) + 3600, aud: '797f4846-ba00-4fd7-ba43-dac1f8f63013' });
    assert.equal((await failure(writes.forWrite(turnWith(ADMIN, [armAudience]), ALERT))).code, 'configuration');
    const right = fakeJwt({ oid: ADMIN.aadObjectId, tid: TENANT, exp: Math.floor(clock.now / 1000) + 3600, aud: 'https://management.core.windows.net/' });
    await writes.forWrite(turnWith(ADMIN, [right]), AZURE_ALERT);
    assert.equal(cache.has(ADMIN.aadObjectId!, 'arm'), true);
  });
});
