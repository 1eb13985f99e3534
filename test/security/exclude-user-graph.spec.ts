import { strict as assert } from 'node:assert';
import { ExclusionStore } from '../../src/triage/exclusion-store';
import { messageActivity } from './support/activities';
import { readableText } from './support/readable-answer';
import { undocumentedRequests } from './support/graph-allow-list';
import { ADMIN, startSecurityApp, type SecurityApp } from './support/security-app';

const ALEX = { id: '0b5a9946-c07a-403d-a8ee-a75d0688528b', upn: 'AlexW@contoso.onmicrosoft.com' };

/**
 * `exclude user` through the whole bot (HTTP, route table, chat read limits, real Graph client) against the
 * simulator's directory (issue 21, item 12): who matched is shown, stored and audited; an unknown UPN
 * excludes nobody; an unverifiable one is refused with the reason and the way forward.
 */
describe('security: exclude user resolves the user in the directory', function () {
  this.timeout(30_000);
  let app: SecurityApp;

  before(async () => {
    app = await startSecurityApp();
  });
  after(async () => app.close());
  beforeEach(async () => {
    await app.control.reset();
    await app.control.clearRequests();
  });

  const say = async (text: string): Promise<string> => readableText(await app.client.send(messageActivity(app.connector.url, ADMIN, text)));
  const exclusions = (): Promise<readonly unknown[]> => new ExclusionStore(app.storage).list();

  it('shows, stores and audits who matched; one documented Graph call', async () => {
    const answer = await say('exclude user alexw@CONTOSO.onmicrosoft.com emergency access');
    assert.match(answer, /User Alex Wilber \(AlexW@contoso\.onmicrosoft\.com, id 0b5a9946-c07a-403d-a8ee-a75d0688528b\) excluded/);
    assert.deepEqual(await exclusions(), [{
      kind: 'user', value: ALEX.id, user: { displayName: 'Alex Wilber', userPrincipalName: ALEX.upn }, reason: 'emergency access',
      by: { id: ADMIN.id, name: ADMIN.name, aadObjectId: ADMIN.aadObjectId }, at: (await new ExclusionStore(app.storage).list())[0]?.at,
    }] as unknown[]);
    const [entry] = (await app.audit.recent(5)).filter((item) => item.action === 'exclude');
    assert.equal(entry?.target, `user:${ALEX.id}`);
    assert.equal(entry?.summary, `Excluded user Alex Wilber (${ALEX.upn}, id ${ALEX.id}): emergency access`);
    const requests = await app.control.requests();
    assert.deepEqual(requests.map((request) => `${request.method} ${request.path} ${request.status}`), [
      'GET /v1.0/users/alexw@contoso.onmicrosoft.com?$select=id,displayName,userPrincipalName 200',
    ]);
    assert.deepEqual(undocumentedRequests(requests), []);
    assert.match(await say(`exclude remove ${ALEX.upn}`), /Alex Wilber .* is no longer excluded/);
  });

  it("an unknown UPN excludes nobody; a guest's #EXT# UPN is sent as %23EXT%23 and found", async () => {
    assert.match(await say('exclude user nobody@contoso.onmicrosoft.com bg'), /The directory has no user nobody@contoso\.onmicrosoft\.com, so nobody was excluded/);
    assert.deepEqual(await exclusions(), []);
    assert.match(await say('exclude user ravi_fabrikam.com#EXT#@contoso.onmicrosoft.com guest'), /User Ravi Kumar \(Fabrikam\) \(ravi\\_fabrikam\.com#EXT#@contoso\.onmicrosoft\.com, id 3c1e8a52-6a0b-4f4e-9d3a-0f6a1b2c3d4e\) excluded/);
    const paths = (await app.control.requests()).map((request) => request.path);
    assert.deepEqual(paths, [
      '/v1.0/users/nobody@contoso.onmicrosoft.com?$select=id,displayName,userPrincipalName',
      '/v1.0/users/ravi_fabrikam.com%23ext%23@contoso.onmicrosoft.com?$select=id,displayName,userPrincipalName',
    ]);
    assert.deepEqual(undocumentedRequests(await app.control.requests()), []);
    await say('exclude remove 3c1e8a52-6a0b-4f4e-9d3a-0f6a1b2c3d4e');
  });

  it('a 403 from Graph: refused, the permission named, --unchecked offered; --unchecked then excludes it marked unchecked', async () => {
    await app.control.fault({ kind: 'status', status: 403, count: 2, match: { method: 'GET', path: '/v1.0/users/' } });
    const refused = await say(`exclude user ${ALEX.upn} emergency access`);
    assert.match(refused, /Not excluded: I could not check alexw@contoso\.onmicrosoft\.com in the directory\. Microsoft Graph refused to read users \(HTTP 403/);
    assert.match(refused, /User\.ReadBasic\.All/);
    assert.match(refused, /exclude user alexw@contoso\.onmicrosoft\.com --unchecked emergency access/);
    assert.deepEqual(await exclusions(), []);
    assert.match(await say(`exclude user ${ALEX.upn} --unchecked emergency access`), /not checked in the directory, excluded/);
    assert.match(await say('exclude list'), /user alexw@contoso\.onmicrosoft\.com \(not checked in the directory\): emergency access/);
    await say(`exclude remove ${ALEX.upn}`);
  });

  it("directory lookups count against the user's chat read limit: past it, Graph is not asked", async () => {
    const limited = await startSecurityApp({ env: { CHAT_GRAPH_READS_PER_USER_PER_MINUTE: '2' } });
    try {
      const sayLimited = async (text: string): Promise<string> => readableText(await limited.client.send(messageActivity(limited.connector.url, ADMIN, text)));
      for (let i = 0; i < 2; i += 1) assert.match(await sayLimited(`exclude user nobody${i}@contoso.onmicrosoft.com bg`), /has no user/);
      assert.match(await sayLimited('exclude user nobody9@contoso.onmicrosoft.com bg'), /Not excluded: .*You have asked for more Microsoft Graph reads this minute/);
      assert.equal((await limited.control.requests()).filter((request) => request.path.startsWith('/v1.0/users/')).length, 2);
    } finally {
      await limited.close();
    }
  });
});
