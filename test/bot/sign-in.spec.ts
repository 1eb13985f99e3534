import assert from 'node:assert/strict';
import { PimActivityHandler } from '../../src/bot/pim-activity-handler';
import { VERBS } from '../../src/cards/verbs';
import { AppError } from '../../src/errors/app-error';
import { DelegatedTokenCache } from '../../src/delegation/delegated-token-cache';
import { DelegatedWrites } from '../../src/delegation/delegated-writes';
import type { UserTokenRequest, UserTokenService } from '../../src/delegation/user-token-service';
import type { TokenResource } from '../../src/delegation/token-resource';
import { silentLogger } from '../../src/logging/json-logger';
import { noConversationEvents } from '../../src/notifications/conversation-events';
import { ROUTES } from '../../src/routes/route-table';
import { Router } from '../../src/routes/router';
import { activity, cardAction, message, USER } from '../support/fakes/activities';
import { alertIdOf, allAlerts } from '../support/fakes/alert-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { userToken } from '../support/fakes/fake-jwt';
import { RecordingAdapter } from '../support/fakes/recording-adapter';
import { makeUseCaseDeps, NOW } from '../support/fakes/use-case-deps';

const TENANT = '33333333-3333-3333-3333-333333333333';
const STALE = alertIdOf('StaleSignInAlert');
const RESOURCE = { id: 'exchange-1', uri: 'api://botid-00000000-0000-0000-0000-0000000b0711', providerId: 'provider-1' };

/** A token service that knows one SSO token and, after it was exchanged, holds the Graph token. */
class FakeTokenService implements UserTokenService {
  readonly requests: UserTokenRequest[] = [];
  held?: string;
  constructor(private readonly graphToken: string) {}
  token(request: UserTokenRequest): Promise<string | undefined> {
    this.requests.push(request);
    if (request.ssoToken === 'teams-sso-token') this.held = this.graphToken;
    return Promise.resolve(this.held);
  }
  signInResource(): Promise<{ signInLink: string; tokenExchangeResource: typeof RESOURCE }> {
    return Promise.resolve({ signInLink: 'https://token.example/signin?x=1', tokenExchangeResource: RESOURCE });
  }
  readonly signOuts: string[] = [];
  signOut(request: UserTokenRequest): Promise<void> {
    this.signOuts.push(request.userId);
    delete this.held;
    return Promise.resolve();
  }
}

const AZURE_ALERT = 'Subscription_aaaaaaaa-1111-4111-8111-111111111111_TooManyOwnersAssignedToResource';

function setup() {
  const service = new FakeTokenService(userToken(USER.aadObjectId!, TENANT, NOW.getTime()));
  const armService = new FakeTokenService(userToken(USER.aadObjectId!, TENANT, NOW.getTime()));
  const userPim = new FakePimAlerts([...allAlerts(), { ...allAlerts()[0]!, id: AZURE_ALERT }]);
  const writes = new DelegatedWrites({
    asUser: () => userPim, cache: new DelegatedTokenCache(() => NOW.getTime()), myRolesUrl: 'https://entra.example/my-roles',
    myAzureRolesUrl: 'https://entra.example/my-azure-roles', azureScopes: false, allowedTenantIds: [], logger: silentLogger,
  });
  const deps = makeUseCaseDeps({ writes });
  deps.pim.alerts = userPim.alerts;
  const adapter = new RecordingAdapter();
  const handler = new PimActivityHandler({
    router: new Router(ROUTES, deps), events: noConversationEvents, adapter, botAppId: '', logger: silentLogger,
    signIn: { connections: { graph: 'graph-sso', arm: 'arm-sso' }, tokens: (_context, resource: TokenResource) => (resource === 'arm' ? armService : service) },
  });
  const send = (input: Parameters<RecordingAdapter['turn']>[0]) => adapter.turn(input, (context) => handler.run(context));
  return { adapter, send, service, armService, userPim, deps };
}

const inTenant = <T extends { conversation?: unknown; channelData?: unknown }>(input: T): T =>
  ({ ...input, conversation: { ...(input.conversation as object), tenantId: TENANT }, channelData: { tenant: { id: TENANT } } });

describe('Teams SSO at the edge (WRITE_MODE=delegated)', () => {
  it('answers a Dismiss without a token with the 401 loginRequest (connection, tokenExchangeResource, sign-in button)', async () => {
    const { adapter, send, userPim } = setup();
    await send(inTenant(cardAction(VERBS.dismiss, { alertId: STALE })));
    const [response] = adapter.invokeResponses;
    assert.equal(response?.status, 401);
    assert.deepEqual(response?.body, {
      statusCode: 401, type: 'application/vnd.microsoft.activity.loginRequest',
      value: {
        text: 'Sign in so that I can make this change in Microsoft Graph as you (your PIM role decides what is allowed).',
        connectionName: 'graph-sso', tokenExchangeResource: RESOURCE,
        buttons: [{ type: 'signin', title: 'Sign in', text: 'Sign in', value: 'https://token.example/signin?x=1' }],
      },
    });
    assert.equal(userPim.count('dismissAlert'), 0);
  });

  it('exchanges the SSO token Teams sends back in value.authentication and dismisses as the user', async () => {
    const { adapter, send, service, userPim } = setup();
    const click = inTenant(cardAction(VERBS.dismiss, { alertId: STALE }));
    await send({ ...click, value: { ...(click.value as object), authentication: { id: 'exchange-1', connectionName: 'graph-sso', token: 'teams-sso-token' } } });
    assert.equal(adapter.invokeResponses[0]?.status, 200);
    assert.deepEqual(userPim.firstArgs('dismissAlert'), [STALE]);
    assert.deepEqual(service.requests.map((request) => [request.userId, request.channelId, request.ssoToken]), [[USER.id, 'msteams', 'teams-sso-token']]);
  });

  it('answers a chat command that writes with an OAuth sign-in card when no token is held', async () => {
    const { adapter, send, userPim } = setup();
    await send(inTenant(message(`dismiss ${STALE}`)));
    const [card] = adapter.sent.flatMap((sent) => sent.attachments ?? []);
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.oauth');
    const content = card?.content as { connectionName: string; tokenExchangeResource: unknown; buttons: { type: string; value: string }[] };
    assert.equal(content.connectionName, 'graph-sso');
    assert.deepEqual(content.tokenExchangeResource, RESOURCE);
    assert.equal(content.buttons[0]?.value, 'https://token.example/signin?x=1');
    assert.equal(userPim.count('dismissAlert'), 0);
  });

  it('answers signin/tokenExchange with 200 once exchanged and 412 when the token cannot be exchanged', async () => {
    const { adapter, send } = setup();
    await send(inTenant(activity({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', connectionName: 'graph-sso', token: 'wrong' } })));
    await send(inTenant(activity({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', connectionName: 'graph-sso', token: 'teams-sso-token' } })));
    assert.deepEqual(adapter.invokeResponses.map((response) => response.status), [412, 200]);
  });

  it('asks an Azure resource alert\'s Dismiss for the Resource Manager connection\'s sign-in, then exchanges the same SSO token through it', async () => {
    const { adapter, send, service, armService, userPim } = setup();
    const click = inTenant(cardAction(VERBS.dismiss, { alertId: AZURE_ALERT }));
    await send(click);
    const login = adapter.invokeResponses[0]?.body as { statusCode: number; value: { connectionName: string; text: string } };
    assert.deepEqual([login.statusCode, login.value.connectionName], [401, 'arm-sso']);
    assert.match(login.value.text, /Azure Resource Manager as you/);
    await send({ ...click, value: { ...(click.value as object), authentication: { id: 'exchange-1', connectionName: 'arm-sso', token: 'teams-sso-token' } } });
    assert.equal(adapter.invokeResponses[1]?.status, 200);
    assert.deepEqual(userPim.firstArgs('dismissAlert'), [AZURE_ALERT]);
    assert.equal(armService.requests.at(-1)?.ssoToken, 'teams-sso-token');
    assert.equal(service.requests.length, 0, 'the Graph connection was not asked for an Azure write');
  });

  it('answers an Azure chat command with the Resource Manager connection\'s OAuth card, and its signin/tokenExchange through that connection', async () => {
    const { adapter, send, service, armService } = setup();
    await send(inTenant(message(`dismiss ${AZURE_ALERT}`)));
    const [card] = adapter.sent.flatMap((sent) => sent.attachments ?? []);
    assert.equal((card?.content as { connectionName: string }).connectionName, 'arm-sso');
    await send(inTenant(activity({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', connectionName: 'arm-sso', token: 'teams-sso-token' } })));
    assert.equal(adapter.invokeResponses.at(-1)?.status, 200);
    assert.equal(armService.held !== undefined && service.held === undefined, true);
  });

  it('a Graph 401 (token revoked) signs the user out of that connection at the token service too, so the next exchange cannot hand the refused token back', async () => {
    const { adapter, send, service, armService, userPim } = setup();
    const click = inTenant(cardAction(VERBS.dismiss, { alertId: STALE }));
    const withSso = { ...click, value: { ...(click.value as object), authentication: { id: 'exchange-1', connectionName: 'graph-sso', token: 'teams-sso-token' } } };
    userPim.failNext('dismissAlert', new AppError('graphForbidden', { details: { status: 401 } }));
    await send(withSso);
    const login = adapter.invokeResponses[0]?.body as { statusCode: number; value: { connectionName: string } };
    assert.deepEqual([login.statusCode, login.value.connectionName], [401, 'graph-sso'], 'asked to sign in again');
    assert.deepEqual(service.signOuts, [USER.id], 'signed out of the Graph connection');
    assert.deepEqual(armService.signOuts, [], 'the Resource Manager connection is left alone');
    assert.equal(service.held, undefined);
    await send(withSso);
    assert.equal(adapter.invokeResponses[1]?.status, 200);
    assert.equal(userPim.count('dismissAlert'), 2);
  });
});
