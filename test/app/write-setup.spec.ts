import assert from 'node:assert/strict';
import { writeSetup } from '../../src/app/write-setup';
import type { TurnContext } from '../../src/bot/teams-activity';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import type { PimAlertsClients } from '../../src/pim/create-pim-alerts';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';

const BOT = {
  MicrosoftAppId: '00000000-0000-4000-8000-0000000b0711', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '33333333-3333-4333-8333-333333333333',
  GRAPH_BASE_URL: 'http://127.0.0.1:1',
};

/** A turn context whose Bot Framework token service client records which OAuth connection each call names. */
function contextRecording(connections: string[]): TurnContext {
  const client = {
    getSignInResource: (connectionName: string) => { connections.push(connectionName); return Promise.resolve({ signInLink: 'https://token.example/x' }); },
    getUserToken: (_user: string, connectionName: string) => { connections.push(connectionName); return Promise.resolve(undefined); },
  };
  return { adapter: { UserTokenClientKey: 'tokens' }, turnState: new Map([['tokens', client]]), activity: { channelId: 'msteams', from: { id: 'u' } } } as unknown as TurnContext;
}

describe('writeSetup (WRITE_MODE=delegated)', () => {
  it('signs in through OAUTH_CONNECTION_NAME for Graph and ARM_OAUTH_CONNECTION_NAME for Resource Manager, at the Bot Framework token service', async () => {
    const clients: PimAlertsClients = { app: new FakePimAlerts([]), asUser: () => new FakePimAlerts([]) };
    const setup = writeSetup(loadConfig({ ...BOT, OAUTH_CONNECTION_NAME: 'pim-graph', ARM_OAUTH_CONNECTION_NAME: 'pim-arm' }), clients, silentLogger);
    assert.deepEqual(setup.signIn?.connections, { graph: 'pim-graph', arm: 'pim-arm' });
    const asked: string[] = [];
    const context = contextRecording(asked);
    await setup.signIn.tokens(context, 'arm').signInResource({ userId: 'u', channelId: 'msteams' });
    await setup.signIn.tokens(context, 'arm').token({ userId: 'u', channelId: 'msteams' });
    await setup.signIn.tokens(context, 'graph').token({ userId: 'u', channelId: 'msteams' });
    assert.deepEqual(asked, ['pim-arm', 'pim-arm', 'pim-graph']);
  });

  it('has no sign-in in application mode', () => {
    const clients: PimAlertsClients = { app: new FakePimAlerts([]), asUser: () => new FakePimAlerts([]) };
    assert.equal(writeSetup(loadConfig({ ...BOT, WRITE_MODE: 'application' }), clients, silentLogger).signIn, undefined);
  });
});
