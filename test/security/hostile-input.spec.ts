import { strict as assert } from 'node:assert';
import { actionInvoke, messageActivity, rawInvoke } from './support/activities';
import { assertReadable } from './support/answer-checks';
import { undocumentedRequests, writeRequests } from './support/graph-allow-list';
import { HOSTILE_STRINGS, VALID_ALERT_ID } from './support/hostile-values';
import { isAlertId, isIncidentId } from '../../src/pim/ids';
import { ADMIN, startSecurityApp, type SecurityApp } from './support/security-app';

const HOSTILE_IDS = HOSTILE_STRINGS.filter((value) => value !== VALID_ALERT_ID);
/** The hostile strings that are neither a well-formed alert id nor a well-formed incident id. */
const INVALID_IDS = HOSTILE_IDS.filter((value) => !isAlertId(value) && !isIncidentId(value));
const ID_VERBS: ReadonlyArray<readonly [string, (id: unknown) => Record<string, unknown>]> = [
  ['alert.open', (id) => ({ alertId: id })],
  ['alert.page', (id) => ({ alertId: id, page: 0 })],
  ['alert.dismiss', (id) => ({ alertId: id })],
  ['alert.refresh', (id) => ({ alertId: id, page: 0 })],
  ['incident.remediate', (id) => ({ alertId: VALID_ALERT_ID, incidentId: id, page: 0 })],
  ['incident.remediate.confirm', (id) => ({ alertId: VALID_ALERT_ID, incidentId: id, page: 0 })],
  ['incident.remediate.cancel', (id) => ({ alertId: id, page: 0 })],
];

describe('security: hostile input from an administrator', function () {
  this.timeout(60_000);
  let app: SecurityApp;

  before(async () => {
    app = await startSecurityApp();
  });
  after(async () => app.close());
  beforeEach(async () => app.control.clearRequests());

  async function assertGraphUntouched(options: { writesAllowed?: boolean } = {}): Promise<void> {
    await app.app.background.idle();
    const requests = await app.control.requests();
    assert.deepEqual(undocumentedRequests(requests), [], 'only documented Graph calls with valid ids');
    if (!options.writesAllowed) assert.deepEqual(writeRequests(requests), [], 'no PIM change from hostile input');
  }

  it('refuses path traversal, query injection, look-alike and overlong ids in every card action (400, readable)', async () => {
    for (const [verb, data] of ID_VERBS) {
      for (const id of INVALID_IDS) {
        const answer = await app.client.send(actionInvoke(app.connector.url, ADMIN, verb, data(id)));
        assert.equal(answer.status, 400, `${verb} ${JSON.stringify(id).slice(0, 80)} → ${answer.status} ${answer.rawBody.slice(0, 200)}`);
        assert.match(assertReadable(answer, verb), /not valid|too much data/);
      }
    }
    await assertGraphUntouched();
  });

  it('answers hostile ids in chat commands readably without unvalidated Graph calls', async () => {
    for (const command of ['alert', 'incidents', 'dismiss', 'refresh', 'remediate', 'config']) {
      for (const id of HOSTILE_IDS) {
        const text = `${command} ${id.includes(' ') ? `"${id}"` : id}${command === 'remediate' ? ' incident-1' : ''}`;
        assertReadable(await app.client.send(messageActivity(app.connector.url, ADMIN, text)), text.slice(0, 80));
      }
    }
    // Some words are legitimate names ("staleSignIn", "all", an id with a trailing space): those may act.
    await assertGraphUntouched({ writesAllowed: true });
  });

  it('refuses wrong types, missing fields, extra and prototype keys (400, readable)', async () => {
    const cases: unknown[] = [
      null, 'alertId', 42, true, [], [VALID_ALERT_ID], {}, { alertId: 7 }, { alertId: null }, { alertId: [VALID_ALERT_ID] },
      { alertId: { toString: VALID_ALERT_ID } }, { alertId: VALID_ALERT_ID, extra: 1 }, { alertId: VALID_ALERT_ID, page: '1' },
      { alertId: VALID_ALERT_ID, page: -1 }, { alertId: VALID_ALERT_ID, page: 1.5 }, { alertId: VALID_ALERT_ID, page: 1e12 },
      JSON.parse(`{"__proto__": {"isAdmin": true}, "alertId": "${VALID_ALERT_ID}"}`),
      JSON.parse(`{"constructor": {"prototype": {"x": 1}}, "alertId": "${VALID_ALERT_ID}"}`),
      { prototype: 1, alertId: VALID_ALERT_ID }, { alertId: VALID_ALERT_ID, pad: 'x'.repeat(8000) },
    ];
    for (const verb of ['alert.dismiss', 'alert.open', 'incident.remediate', 'alert.refresh']) {
      for (const data of cases) {
        const answer = await app.client.send(actionInvoke(app.connector.url, ADMIN, verb, data));
        assert.equal(answer.status, 400, `${verb} ${JSON.stringify(data).slice(0, 100)} → ${answer.status} ${answer.rawBody.slice(0, 200)}`);
        assertReadable(answer, verb);
      }
    }
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined, 'no prototype pollution');
    await assertGraphUntouched();
  });

  it('refuses card data nested 5,000 levels deep (10 KB) or 40 levels deep with a readable 400, not a 500', async () => {
    for (const depth of [5000, 40]) {
      const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      const activity = JSON.stringify(actionInvoke(app.connector.url, ADMIN, 'alert.dismiss', { alertId: 'DEEP' })).replace('"DEEP"', deep);
      const answer = await app.client.sendRaw(activity);
      assert.equal(answer.status, 400, `depth ${depth} → ${answer.status} ${answer.rawBody.slice(0, 200)}`);
      assert.match(assertReadable(answer, `depth ${depth}`), /nest/);
    }
    await assertGraphUntouched();
  });

  it('answers unknown verbs, wrong action types and malformed invoke values readably', async () => {
    const verbs: unknown[] = ['', 'nope', 'ALERT.DISMISS', 'alert.dismiss ', '__proto__', 'constructor', 'toString', 'x'.repeat(5000), 7, null, {}];
    for (const verb of verbs) {
      const answer = await app.client.send(actionInvoke(app.connector.url, ADMIN, verb, { alertId: VALID_ALERT_ID }));
      assert.equal(answer.status, 400, `${JSON.stringify(verb).slice(0, 40)} → ${answer.status}`);
      assertReadable(answer, `verb ${String(verb).slice(0, 20)}`);
    }
    const values: unknown[] = [undefined, null, 'x', 7, [], {}, { action: null }, { action: 'x' }, { action: { type: 'Action.Submit', verb: 'alert.dismiss' } },
      { action: { type: 'Action.Execute' } }, { action: { type: 'Action.Execute', verb: 'alert.dismiss' } }];
    for (const value of values) {
      const answer = await app.client.send(rawInvoke(app.connector.url, ADMIN, 'adaptiveCard/action', value));
      assert.ok(answer.status >= 200 && answer.status < 500, `${JSON.stringify(value)} → ${answer.status} ${answer.rawBody.slice(0, 200)}`);
      assertReadable(answer, JSON.stringify(value) ?? 'undefined');
    }
    await assertGraphUntouched();
  });

  it('answers chat text of the wrong type or size without crashing', async () => {
    for (const text of [42, null, {}, ['alerts'], true, 'x'.repeat(100_000), '\u0000\u0001', '<at>PIM</at>', '']) {
      const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, text));
      assert.ok(answer.status < 500, `${JSON.stringify(text).slice(0, 40)} → ${answer.status} ${answer.rawBody.slice(0, 200)}`);
    }
    assertReadable(await app.client.send(messageActivity(app.connector.url, ADMIN, 'help')), 'help after junk');
    await assertGraphUntouched();
  });
});
