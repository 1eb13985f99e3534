import assert from 'node:assert/strict';
import { VERBS } from '../../src/cards/verbs';
import { SSO_RESOURCE } from '../../src/tools/dev/token-issuer/dev-token-issuer';
import { cardText } from '../support/e2e/card-query';
import { botInvoke, type InvokeUser } from '../support/e2e/bot-invoke';
import { Conversation } from '../support/e2e/conversation';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';
const STALE = 'StaleSignInAlert';
const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
const MY_ROLES = '#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles';

/**
 * WRITE_MODE=delegated end to end: the real bot, the simulator enforcing roles on tokens of the dev token
 * issuer (Alex: active Privileged Role Administrator, Megan: Security Reader, Adele: eligible only,
 * Isaiah: active), the Agents Playground for chat and for clicks once a token is held.
 */
describe('e2e: delegated writes (Teams SSO, Graph enforces the PIM role)', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let chat: Conversation;
  let alex: InvokeUser;
  let megan: InvokeUser;
  let adele: InvokeUser;
  let isaiah: InvokeUser;
  let patti: InvokeUser;

  before(async () => {
    stack = await startE2eStack({ WRITE_MODE: 'delegated' });
    chat = new Conversation(stack, stack.config.personalChat.id, stack.config.currentUser.id);
    await stack.client.install(chat.id);
    alex = stack.config.currentUser;
    [megan, adele, isaiah, patti] = stack.config.users.filter((user) => user.id !== alex.id) as [InvokeUser, InvokeUser, InvokeUser, InvokeUser];
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.slice(-40).join('\n')}\n`);
  });

  const sso = (user: InvokeUser, tenantId?: string): { token: string } => ({ token: stack.dev.issuer!.ssoToken(user.aadObjectId, tenantId) });
  const writes = async (): Promise<{ method: string; status: number; caller?: string }[]> =>
    (await stack.simulator.requests()).filter((request) => request.method !== 'GET').map(({ method, status, caller }) => ({ method, status, caller }));

  it('a Privileged Role Administrator\'s Dismiss: 401 loginRequest first, then the SSO token is exchanged and Graph sees that user', async () => {
    const card = await chat.say('alert staleSignIn', /stale|sign-in/i);
    const alertId = (await stack.simulator.alert(STALE)).id;
    await stack.simulator.clearRequests();
    const first = await botInvoke(stack, alex, card.message!.messageId, VERBS.dismiss, { alertId });
    assert.equal(first.status, 401);
    assert.equal(first.body.type, 'application/vnd.microsoft.activity.loginRequest');
    const login = first.body.value as { connectionName: string; tokenExchangeResource: { uri: string }; buttons: { type: string; value: string }[] };
    assert.equal(login.connectionName, 'graph');
    assert.equal(login.tokenExchangeResource.uri, SSO_RESOURCE);
    assert.match(login.buttons[0]!.value, /\/signin\?user=/);
    assert.deepEqual(await writes(), [], 'nothing was written before the sign-in');
    const second = await botInvoke(stack, alex, card.message!.messageId, VERBS.dismiss, { alertId }, sso(alex));
    assert.equal(second.status, 200);
    assert.match(cardText(second.body.value), /dismissed/i);
    assert.equal((await stack.simulator.alertById(alertId)).isActive, false);
    assert.deepEqual(await writes(), [{ method: 'PATCH', status: 204, caller: 'user:alexw@contoso.example' }]);
  });

  it('the same administrator\'s Remediate through the Playground runs with the token held in memory, as that user', async () => {
    const card = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    await stack.simulator.clearRequests();
    const confirm = await chat.click(card, VERBS.remediate);
    assert.match(cardText(confirm.value), /Confirm/);
    const confirmEvent = { ...card, message: { ...card.message!, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: confirm.value }] } };
    const done = await chat.click(confirmEvent, VERBS.confirmRemediation);
    assert.match(cardText(done.value), /Remediated by/);
    assert.deepEqual(await writes(), [{ method: 'POST', status: 200, caller: 'user:alexw@contoso.example' }]);
  });

  it('a Security Reader gets the readable 403 answer (role named, activate in PIM, My roles link), with one Graph call and no retries', async () => {
    const card = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const alertId = (await stack.simulator.alert(TOO_MANY)).id;
    await stack.simulator.clearRequests();
    const answer = await botInvoke(stack, megan, card.message!.messageId, VERBS.dismiss, { alertId }, sso(megan));
    assert.equal(answer.status, 403);
    const message = (answer.body.value as { message: string }).message;
    assert.match(message, /signed in as meganb@contoso\.example/);
    assert.match(message, /Privileged Role Administrator\*\* role, active/);
    assert.ok(message.includes(MY_ROLES), message);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(await writes(), [{ method: 'PATCH', status: 403, caller: 'user:meganb@contoso.example' }]);
    assert.equal((await stack.simulator.alertById(alertId)).isActive, true);
  });

  it('an eligible but not activated Privileged Role Administrator is told to activate the role first', async () => {
    const card = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const alertId = (await stack.simulator.alert(TOO_MANY)).id;
    const answer = await botInvoke(stack, adele, card.message!.messageId, VERBS.dismiss, { alertId }, sso(adele));
    assert.equal(answer.status, 403);
    assert.match((answer.body.value as { message: string }).message, /If you are eligible for it, activate it first in PIM, My roles: https:\/\/entra\.microsoft\.com\/#view/);
  });

  it('an expired token with nothing left at the token service asks for a fresh sign-in, which then works', async () => {
    const card = await chat.say('alert tooManyGlobalAdmins', /global administrators/i);
    const alertId = (await stack.simulator.alert(TOO_MANY)).id;
    const issuer = stack.dev.issuer!;
    issuer.setLifetime(33);
    const third = (await stack.simulator.activeAlertIds()).find((id) => !id.endsWith(STALE) && !id.endsWith(TOO_MANY))!;
    const signedIn = await botInvoke(stack, isaiah, card.message!.messageId, VERBS.dismiss, { alertId: third }, sso(isaiah));
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    issuer.signOut(isaiah.aadObjectId);
    issuer.setLifetime(3600);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const expired = await botInvoke(stack, isaiah, card.message!.messageId, VERBS.dismiss, { alertId });
    assert.equal(expired.body.type, 'application/vnd.microsoft.activity.loginRequest', JSON.stringify(expired));
    await stack.simulator.clearRequests();
    const again = await botInvoke(stack, isaiah, card.message!.messageId, VERBS.dismiss, { alertId }, sso(isaiah));
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.deepEqual((await writes()).map((write) => write.caller), ['user:isaiahl@contoso.example']);
  });

  it('refuses a token for another user or another tenant, and writes nothing', async () => {
    const card = await chat.say('alert staleSignIn', /stale|sign-in/i);
    const alertId = (await stack.simulator.alert(STALE)).id;
    await stack.simulator.clearRequests();
    const otherUser = await botInvoke(stack, patti, card.message!.messageId, VERBS.refresh, { alertId, page: 0 }, sso(megan));
    assert.equal(otherUser.body.type, 'application/vnd.microsoft.activity.loginRequest', 'the token service does not exchange another user\'s SSO token');
    const otherTenant = await botInvoke(stack, patti, card.message!.messageId, VERBS.refresh, { alertId, page: 0 }, sso(patti, OTHER_TENANT));
    assert.equal(otherTenant.status, 403);
    assert.match((otherTenant.body.value as { message: string }).message, /another account or organization/);
    assert.deepEqual(await writes(), []);
  });
});
