import { strict as assert } from 'node:assert';
import type { IncomingMessage } from 'node:http';
import { Client } from '@microsoft/microsoft-graph-client';
import { GraphGroupMembershipChecker } from '../../src/auth/group-membership';
import { AppError } from '../../src/errors/app-error';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback-server';

const USER = '22222222-2222-4222-8222-222222222222';
const GROUP = 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA';

interface Seen { readonly method?: string; readonly url?: string; readonly body: string }

describe('GraphGroupMembershipChecker', () => {
  let server: LoopbackServer;
  let seen: Seen[];
  let answer: { status: number; body: unknown };
  let client: Client;

  const readBody = async (request: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  beforeEach(async () => {
    seen = [];
    answer = { status: 200, body: { value: [GROUP.toLowerCase()] } };
    server = await listenOnLoopback((request, response) => {
      void readBody(request).then((body) => {
        seen.push({ method: request.method, url: request.url, body });
        // No chaining on writeHead: restify (loaded by other specs) patches http.ServerResponse.
        response.statusCode = answer.status;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(answer.body));
      });
    });
    client = Client.init({
      baseUrl: server.origin,
      customHosts: new Set(['127.0.0.1']),
      authProvider: (done) => done(null, 'test-token'),
    });
  });

  afterEach(async () => {
    await server.close();
  });

  it('asks Graph v1.0 checkMemberGroups for exactly the one group', async () => {
    const member = await new GraphGroupMembershipChecker(client).isMember(USER, GROUP);
    assert.equal(member, true);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.method, 'POST');
    assert.equal(seen[0]!.url, `/v1.0/users/${USER}/checkMemberGroups`);
    assert.deepEqual(JSON.parse(seen[0]!.body), { groupIds: [GROUP.toLowerCase()] });
  });

  it('answers false when Graph does not list the group', async () => {
    answer = { status: 200, body: { value: [] } };
    assert.equal(await new GraphGroupMembershipChecker(client).isMember(USER, GROUP), false);
  });

  it('rejects ids that are not GUIDs before any request', async () => {
    const checker = new GraphGroupMembershipChecker(client);
    for (const id of ['../me', `${USER}/../../groups`, `${USER}?$select=x`, `${USER}#`, '%2F', 'x'.repeat(5000)]) {
      await assert.rejects(checker.isMember(id, GROUP), (error: unknown) => error instanceof AppError && error.code === 'invalidId');
      await assert.rejects(checker.isMember(USER, id), (error: unknown) => error instanceof AppError && error.code === 'invalidId');
    }
    assert.equal(seen.length, 0);
  });

  it('fails (for the policy to refuse) on a Graph error or an unexpected answer', async () => {
    answer = { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } } };
    await assert.rejects(new GraphGroupMembershipChecker(client).isMember(USER, GROUP));
    answer = { status: 200, body: { value: 'nope' } };
    await assert.rejects(new GraphGroupMembershipChecker(client).isMember(USER, GROUP), /unexpected group membership answer/);
  });
});
