import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { VERBS } from '../../src/cards/verbs';
import { CLOCK_SHIFT_VARIABLE } from '../../src/tools/dev/shifted-clock';
import { DEMO_SUBSCRIPTIONS } from '../../src/tools/simulator/arm/arm-seed';
import { cardText } from '../support/e2e/card-query';
import { botInvoke, type InvokeUser } from '../support/e2e/bot-invoke';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';
const [PRODUCTION, DEVELOPMENT, SHARED] = DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId) as [string, string, string];
const OWNERS = 'TooManyOwnersAssignedToResource';
const PERMANENT = 'TooManyPermanentOwnersAssignedToResource';
const azureId = (subscriptionId: string, name: string): string => `Subscription_${subscriptionId}_${name}`;
const MY_AZURE_ROLES = '#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/azurerbac';

interface ArmAlertView { properties: { isActive: boolean; alertIncidents?: { name: string }[] } }

/**
 * WRITE_MODE=delegated with Azure resource scopes, end to end: the real bot, the simulator serving Resource Manager and
 * enforcing simulated Azure RBAC on Resource Manager tokens of the dev token issuer (Alex: active Owner, Megan: Reader,
 * Adele: eligible Owner not activated, Isaiah: active User Access Administrator; the bot's own identity: Reader).
 */
describe('e2e: delegated Azure resource writes (Teams SSO, second OAuth connection, Azure RBAC decides)', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let chat: Conversation;
  let alex: InvokeUser;
  let megan: InvokeUser;
  let adele: InvokeUser;
  let patti: InvokeUser;
  let cardId = '';

  before(async () => {
    stack = await startE2eStack({ WRITE_MODE: 'delegated', AZURE_ALERT_SCOPES: DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId).join(',') });
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
    alex = stack.config.currentUser;
    [megan, adele, , patti] = stack.config.users.filter((user) => user.id !== alex.id) as [InvokeUser, InvokeUser, InvokeUser, InvokeUser];
    cardId = (await chat.say(`alert ${azureId(PRODUCTION, OWNERS)}`, /owners/i)).message!.messageId;
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-40).join('\n')}\n`);
  });

  const sso = (user: InvokeUser, tenantId?: string): { token: string } => ({ token: stack.dev.issuer!.ssoToken(user.aadObjectId, tenantId) });
  const armWrites = async (): Promise<{ method: string; status: number; caller?: string }[]> => (await stack.simulator.requests())
    .filter((request) => request.method !== 'GET' && request.path.startsWith('/subscriptions/'))
    .map(({ method, status, caller }) => ({ method, status, caller }));
  const armAlert = async (subscriptionId: string, name: string): Promise<ArmAlertView> => {
    const url = `${stack.dev.simulator.url}/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleManagementAlerts/${name}?api-version=2022-08-01-preview`;
    return (await (await fetch(url)).json()) as ArmAlertView;
  };
  const message = (answer: { body: { value?: unknown } }): string => (answer.body.value as { message: string }).message;

  it('an Owner\'s Dismiss: 401 loginRequest of the Resource Manager connection, then the SSO token is exchanged and Resource Manager sees that user', async () => {
    await stack.simulator.clearRequests();
    const alertId = azureId(PRODUCTION, OWNERS);
    const first = await botInvoke(stack, alex, cardId, VERBS.dismiss, { alertId });
    assert.equal(first.status, 401);
    assert.equal(first.body.type, 'application/vnd.microsoft.activity.loginRequest');
    assert.equal((first.body.value as { connectionName: string }).connectionName, 'arm');
    assert.deepEqual(await armWrites(), [], 'nothing was written before the sign-in');
    const second = await botInvoke(stack, alex, cardId, VERBS.dismiss, { alertId }, sso(alex));
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.match(cardText(second.body.value), /dismissed/i);
    assert.equal((await armAlert(PRODUCTION, OWNERS)).properties.isActive, false);
    assert.deepEqual(await armWrites(), [{ method: 'PATCH', status: 204, caller: 'user:alexw@contoso.example' }]);
  });

  it('the same Owner\'s Remediate runs with the Resource Manager token held in memory, as that user', async () => {
    const incident = (await armAlert(DEVELOPMENT, PERMANENT)).properties.alertIncidents?.[0]?.name;
    assert.ok(incident, 'the seeded alert has an incident');
    await stack.simulator.clearRequests();
    const done = await botInvoke(stack, alex, cardId, VERBS.confirmRemediation, { alertId: azureId(DEVELOPMENT, PERMANENT), incidentId: incident, page: 0 });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.match(cardText(done.body.value), /Remediated by/);
    assert.deepEqual(await armWrites(), [{ method: 'POST', status: 204, caller: 'user:alexw@contoso.example' }]);
  });

  it('a Reader gets the readable Azure RBAC answer (Owner or User Access Administrator, activate in PIM, link) after one call, no retries', async () => {
    await stack.simulator.clearRequests();
    const answer = await botInvoke(stack, megan, cardId, VERBS.dismiss, { alertId: azureId(SHARED, OWNERS) }, sso(megan));
    assert.equal(answer.status, 403);
    assert.match(message(answer), /Azure Resource Manager refused this change \(signed in as meganb@contoso\.example\)/);
    assert.match(message(answer), new RegExp(`\\*\\*Owner\\*\\* or \\*\\*User Access Administrator\\*\\* role on subscription ${SHARED}`));
    assert.ok(message(answer).includes(MY_AZURE_ROLES), message(answer));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(await armWrites(), [{ method: 'PATCH', status: 403, caller: 'user:meganb@contoso.example' }]);
    assert.equal((await armAlert(SHARED, OWNERS)).properties.isActive, true);
  });

  it('an eligible but not activated Owner is told to activate the role in PIM for Azure resources first', async () => {
    const answer = await botInvoke(stack, adele, cardId, VERBS.dismiss, { alertId: azureId(SHARED, OWNERS) }, sso(adele));
    assert.equal(answer.status, 403);
    assert.match(message(answer), /If you are eligible for one of them, activate it first in PIM, My roles, Azure resources: https:\/\/portal\.azure\.com\/#view/);
    assert.equal((await armAlert(SHARED, OWNERS)).properties.isActive, true);
  });

  it('refuses a token for another user or another tenant, and writes nothing to Resource Manager', async () => {
    await stack.simulator.clearRequests();
    const alertId = azureId(SHARED, OWNERS);
    const otherUser = await botInvoke(stack, patti, cardId, VERBS.dismiss, { alertId }, sso(megan));
    assert.equal(otherUser.body.type, 'application/vnd.microsoft.activity.loginRequest', 'the token service does not exchange another user\'s SSO token');
    const otherTenant = await botInvoke(stack, patti, cardId, VERBS.dismiss, { alertId }, sso(patti, OTHER_TENANT));
    assert.equal(otherTenant.status, 403);
    assert.match(message(otherTenant), /another account or organization/);
    assert.deepEqual(await armWrites(), []);
  });

  it('refuses an app-only write to Resource Manager (the bot\'s own identity holds Reader), as Azure RBAC would', async () => {
    const url = `${stack.dev.simulator.url}/subscriptions/${SHARED}/providers/Microsoft.Authorization/roleManagementAlerts/${OWNERS}?api-version=2022-08-01-preview`;
    const response = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ properties: { isActive: false } }) });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'AuthorizationFailed');
  });
});

/** The bot's wall clock this far behind the simulator's: a token Resource Manager finds expired still looks valid to the bot (clock skew). */
const BOT_CLOCK_BEHIND_MS = 10 * 60_000;
const SHORT_LIFETIME_S = 4;

describe('e2e: an expired Resource Manager token (delegated): a fresh sign-in for the arm connection only, then the write succeeds', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let chat: Conversation;
  let alex: InvokeUser;

  before(async () => {
    stack = await startE2eStack({
      WRITE_MODE: 'delegated', AZURE_ALERT_SCOPES: DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId).join(','),
      [CLOCK_SHIFT_VARIABLE]: String(-BOT_CLOCK_BEHIND_MS),
    });
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
    alex = stack.config.currentUser;
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-40).join('\n')}\n`);
  });

  const writes = async (): Promise<{ method: string; path: string; status: number; caller?: string }[]> => (await stack.simulator.requests())
    .filter((request) => request.method !== 'GET').map(({ method, path, status, caller }) => ({ method, path: path.split('?')[0]!, status, caller }));
  const armPath = (subscriptionId: string, name: string): string => `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleManagementAlerts/${name}`;

  it('Resource Manager answers 401 ExpiredAuthenticationToken; the bot asks the arm connection to sign in, keeps the Graph token, and the retried write succeeds as that user', async () => {
    const issuer = stack.dev.issuer!;
    const sso = { token: issuer.ssoToken(alex.aadObjectId) };
    const card = (await chat.say(`alert ${azureId(PRODUCTION, OWNERS)}`, /owners/i)).message!.messageId;
    // Alex's Graph token (an hour) and Resource Manager token (a few seconds) are held by the bot.
    const stale = (await stack.simulator.alert('StaleSignInAlert')).id;
    assert.equal((await botInvoke(stack, alex, card, VERBS.dismiss, { alertId: stale }, sso)).status, 200);
    issuer.setLifetime(SHORT_LIFETIME_S);
    const first = await botInvoke(stack, alex, card, VERBS.dismiss, { alertId: azureId(PRODUCTION, OWNERS) }, sso);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    issuer.setLifetime(3600);
    // The token service holds nothing any more (its sign-ins lapsed): only the tokens in the bot's memory remain.
    issuer.signOut(alex.aadObjectId);
    await delay(SHORT_LIFETIME_S * 1000 + 500);
    await stack.simulator.clearRequests();

    const expired = await botInvoke(stack, alex, card, VERBS.dismiss, { alertId: azureId(SHARED, OWNERS) });
    assert.equal(expired.status, 401, JSON.stringify(expired.body));
    assert.equal(expired.body.type, 'application/vnd.microsoft.activity.loginRequest');
    assert.equal((expired.body.value as { connectionName: string }).connectionName, 'arm', 'the Resource Manager connection signs in, not Graph');
    assert.deepEqual(await writes(), [{ method: 'PATCH', path: armPath(SHARED, OWNERS), status: 401, caller: 'invalid' }], 'one call with the expired token, no retry');

    await stack.simulator.clearRequests();
    const retried = await botInvoke(stack, alex, card, VERBS.dismiss, { alertId: azureId(SHARED, OWNERS) }, sso);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.match(cardText(retried.body.value), /dismissed/i);
    assert.deepEqual(await writes(), [{ method: 'PATCH', path: armPath(SHARED, OWNERS), status: 204, caller: 'user:alexw@contoso.example' }]);

    // The Graph token stayed: an Entra write needs no sign-in (the token service has none to give), and Graph sees Alex.
    await stack.simulator.clearRequests();
    const admins = (await stack.simulator.alert('TooManyGlobalAdminsAssignedToTenantAlert')).id;
    const graphWrite = await botInvoke(stack, alex, card, VERBS.dismiss, { alertId: admins });
    assert.equal(graphWrite.status, 200, JSON.stringify(graphWrite.body));
    assert.deepEqual((await writes()).map(({ method, status, caller }) => ({ method, status, caller })), [{ method: 'PATCH', status: 204, caller: 'user:alexw@contoso.example' }]);
  });
});

describe('e2e: Azure resource writes in application mode (unchanged: the bot\'s own identity writes)', function () {
  this.timeout(120_000);
  let stack: E2eStack;

  before(async () => {
    stack = await startE2eStack({ AZURE_ALERT_SCOPES: DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId).join(',') });
  });

  after(async () => {
    await stack?.stop();
  });

  it('dismisses an Azure resource alert through the Playground with the app\'s identity, no sign-in', async () => {
    const chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
    const card = await chat.say(`alert ${azureId(PRODUCTION, OWNERS)}`, /owners/i);
    await stack.simulator.clearRequests();
    const done = await chat.click(card, VERBS.dismiss);
    assert.match(cardText(done.value), /dismissed/i);
    const writes = (await stack.simulator.requests()).filter((request) => request.method !== 'GET').map(({ method, status, caller }) => ({ method, status, caller }));
    assert.deepEqual(writes, [{ method: 'PATCH', status: 204, caller: 'app' }]);
  });
});
