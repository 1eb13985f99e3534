import { strict as assert } from 'node:assert';
import type { IncomingHttpHeaders } from 'node:http';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { silentLogger } from '../../../src/logging/json-logger';
import { createPimAlertsClients } from '../../../src/pim/create-pim-alerts';
import { AsUser, GraphAuthMiddleware } from '../../../src/pim/graph/graph-auth-middleware';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';
import { graphTestConfig } from '../support/graph-test-config';

const ALERT = 'DirectoryRole_3b0e753b-22fa-4c16-9bf2-470b80be80d6_StaleSignInAlert';

describe('GraphAuthMiddleware (the credential of each call)', () => {
  const seen: IncomingHttpHeaders[] = [];
  let graph: LoopbackServer;
  before(async () => {
    graph = await listenOnLoopback((req, res) => {
      seen.push(req.headers);
      res.statusCode = 204;
      res.end();
    });
  });
  after(() => graph.close());
  beforeEach(() => { seen.length = 0; });

  it('sends the user\'s token on the calls of asUser(), and no token for the app without a credential (loopback)', async () => {
    const clients = createPimAlertsClients(graphTestConfig(graph.origin), silentLogger);
    await clients.asUser({ graph: 'user-token-1' }).dismissAlert(ALERT);
    await clients.app.dismissAlert(ALERT);
    assert.deepEqual(seen.map((headers) => headers.authorization), ['Bearer user-token-1', undefined]);
  });

  it('uses the app credential when the call carries no user, and never sends a token to another host', async () => {
    const app: TokenCredential = { getToken: (): Promise<AccessToken> => Promise.resolve({ token: 'app-token', expiresOnTimestamp: Date.now() + 60_000 }) };
    const host = new URL(graph.origin).host;
    const clientWith = (middleware: GraphAuthMiddleware): Client =>
      Client.initWithMiddleware({ baseUrl: `${graph.origin}/`, middleware: chain(middleware), customHosts: new Set(['127.0.0.1']) });
    const client = clientWith(new GraphAuthMiddleware(app, 'https://graph.microsoft.com/.default', host));
    await client.api('/a').get();
    await client.api('/b').middlewareOptions([new AsUser('user-token-2')]).get();
    const elsewhere = clientWith(new GraphAuthMiddleware(app, 'https://graph.microsoft.com/.default', 'graph.example:1'));
    await elsewhere.api('/c').headers({ Authorization: 'Bearer leaked' }).get();
    assert.deepEqual(seen.map((headers) => headers.authorization), ['Bearer app-token', 'Bearer user-token-2', undefined]);
  });
});

function chain(first: GraphAuthMiddleware): GraphAuthMiddleware {
  first.setNext(new HTTPMessageHandler());
  return first;
}
