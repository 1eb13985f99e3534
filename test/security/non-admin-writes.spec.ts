import { strict as assert } from 'node:assert';
import { actionInvoke, messageActivity, type TestUser } from './support/activities';
import { assertReadable } from './support/answer-checks';
import { undocumentedRequests, writeRequests } from './support/graph-allow-list';
import { VALID_ALERT_ID } from './support/hostile-values';
import { assertWriteSamplesCoverRoutes, writeCommandLines, writeInvokes } from './support/write-routes';
import { ANONYMOUS, READER, startSecurityApp, type SecurityApp } from './support/security-app';

describe('security: write actions from users who may not write', function () {
  this.timeout(30_000);

  it('tries every write in the route table: each command and card verb whose access is write', async () => {
    await assertWriteSamplesCoverRoutes();
    assert.ok(writeInvokes().some(([verb]) => verb === 'notifications.subscribe'), "the welcome card's Subscribe");
  });

  async function tryEveryWrite(app: SecurityApp, user: TestUser): Promise<string[]> {
    const answers: string[] = [];
    for (const text of writeCommandLines()) {
      answers.push(assertReadable(await app.client.send(messageActivity(app.connector.url, user, text)), `${user.name}: ${text}`));
    }
    for (const [verb, data] of writeInvokes()) {
      const answer = await app.client.send(actionInvoke(app.connector.url, user, verb, data));
      assert.equal(answer.status, 200, `${verb}: ${answer.rawBody}`);
      answers.push(assertReadable(answer, `${user.name}: ${verb}`));
    }
    await app.app.background.idle();
    return answers;
  }

  describe('with admins configured', () => {
    let app: SecurityApp;
    before(async () => {
      app = await startSecurityApp();
    });
    after(async () => app.close());
    beforeEach(async () => app.control.clearRequests());

    for (const user of [READER, ANONYMOUS]) {
      it(`refuses every write from ${user.name} and nothing changes in Graph or storage`, async () => {
        const before = await app.storage.list('');
        const answers = await tryEveryWrite(app, user);
        const expected = user === ANONYMOUS ? /can't tell who you are/ : /Only PIM alert administrators/;
        for (const [index, text] of answers.entries()) assert.match(text, expected, `answer ${index}: ${text}`);
        const requests = await app.control.requests();
        assert.deepEqual(writeRequests(requests), [], 'no write reached Graph');
        assert.deepEqual(undocumentedRequests(requests), []);
        const lookups = requests.filter((request) => request.path.endsWith('/checkMemberGroups')).map((request) => request.path);
        const expectedLookups = user === ANONYMOUS ? [] : [`/v1.0/users/${READER.aadObjectId}/checkMemberGroups`];
        assert.deepEqual(lookups, expectedLookups, 'one (cached) membership lookup, none for an unknown user');
        const after = (await app.storage.list('')).filter((item) => !item.key.startsWith('audit/'));
        assert.deepEqual(after.map((item) => item.key), before.filter((item) => !item.key.startsWith('audit/')).map((item) => item.key));
      });
    }

    it('records refused card actions in the audit trail', async () => {
      await app.client.send(actionInvoke(app.connector.url, READER, 'alert.dismiss', { alertId: VALID_ALERT_ID }));
      const [latest] = await app.audit.recent(1);
      assert.equal(latest?.result, 'refused');
      assert.equal(latest?.actor.id, READER.id);
      assert.equal(latest?.target, VALID_ALERT_ID);
    });

    it('still lets a reader read', async () => {
      const text = assertReadable(await app.client.send(messageActivity(app.connector.url, READER, 'alerts')), 'alerts');
      assert.doesNotMatch(text, /Only PIM alert administrators|not allowed/);
      assert.match(text, /PIM security alerts/);
    });
  });

  describe('with no admins configured', () => {
    let app: SecurityApp;
    before(async () => {
      app = await startSecurityApp({ env: { PIM_ADMIN_IDS: '', PIM_ADMIN_GROUP_ID: '' } });
    });
    after(async () => app.close());

    it('is read-only: every write is refused with how to configure admins, and nothing reaches Graph', async () => {
      await app.control.clearRequests();
      const admin = { id: '29:would-be-admin', name: 'Would Be', aadObjectId: '11111111-1111-4111-8111-111111111111' };
      const answers = await tryEveryWrite(app, admin);
      for (const text of answers) {
        assert.match(text, /read-only/);
        assert.match(text, /PIM_ADMIN_IDS/);
        assert.match(text, /PIM_ADMIN_GROUP_ID/);
      }
      const requests = await app.control.requests();
      assert.deepEqual(writeRequests(requests), []);
      assert.deepEqual(undocumentedRequests(requests), []);
      assert.ok(requests.every((request) => request.method === 'GET'), 'reads only (config resolves the alert)');
    });
  });
});
