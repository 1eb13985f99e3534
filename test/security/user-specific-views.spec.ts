import { strict as assert } from 'node:assert';
import { actionInvoke, messageActivity, submitActivity } from './support/activities';
import { assertReadable } from './support/answer-checks';
import { writeRequests } from './support/graph-allow-list';
import { VALID_ALERT_ID } from './support/hostile-values';
import { cardsIn } from './support/readable-answer';
import { ADMIN, ANONYMOUS, READER, startSecurityApp, type SecurityApp } from './support/security-app';

const WRITE_VERBS = ['alert.dismiss', 'alert.refresh', 'incident.remediate'];

/** The verbs of every Action.Execute (and Submit fallback) in a card. */
function verbsIn(card: unknown): string[] {
  const verbs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.verb === 'string') verbs.push(record.verb);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return verbs;
}

describe('security: cards show write buttons only to users who may use them', function () {
  this.timeout(30_000);
  let app: SecurityApp;
  before(async () => {
    app = await startSecurityApp();
  });
  after(async () => app.close());

  it('an admin sees dismiss, refresh and remediate; a reader and an unknown user see none', async () => {
    const verbsFor = async (user: typeof ADMIN | typeof ANONYMOUS): Promise<string[]> => {
      const answer = await app.client.send(actionInvoke(app.connector.url, user, 'alert.open', { alertId: VALID_ALERT_ID }));
      assertReadable(answer, `alert.open for ${user.name}`);
      return cardsIn(answer).flatMap(verbsIn);
    };
    const adminVerbs = await verbsFor(ADMIN);
    for (const verb of WRITE_VERBS) assert.ok(adminVerbs.includes(verb), `admin card lacks ${verb}: ${adminVerbs.join(', ')}`);
    for (const user of [READER, ANONYMOUS]) {
      const verbs = await verbsFor(user);
      for (const verb of WRITE_VERBS) assert.ok(!verbs.includes(verb), `${user.name} sees ${verb}`);
    }
  });

  it('the server refuses a hidden button anyway, through the Action.Submit fallback too', async () => {
    await app.control.clearRequests();
    for (const verb of WRITE_VERBS) {
      const answer = await app.client.send(submitActivity(app.connector.url, READER, { verb, alertId: VALID_ALERT_ID, incidentId: 'x', page: 0 }));
      assert.match(assertReadable(answer, verb), /Only PIM alert administrators/);
    }
    assert.deepEqual(writeRequests(await app.control.requests()), []);
  });

  it('the incidents list of a reader has no remediate buttons', async () => {
    const answer = await app.client.send(messageActivity(app.connector.url, READER, 'incidents staleSignIn'));
    const verbs = cardsIn(answer).flatMap(verbsIn);
    assert.ok(!verbs.includes('incident.remediate'), verbs.join(', '));
  });
});
