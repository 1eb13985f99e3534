import { strict as assert } from 'node:assert';
import { messageActivity } from '../security/support/activities';
import { cardsIn, readableText } from '../security/support/readable-answer';
import { ADMIN, startSecurityApp, type SecurityApp } from '../security/support/security-app';

describe('a chat command while Graph throttles (whole bot, simulator, retry waits skipped)', function () {
  this.timeout(30_000);
  let app: SecurityApp;
  before(async () => {
    app = await startSecurityApp({ env: { GRAPH_RETRY_BUDGET_SECONDS: '15' } });
  });
  after(async () => app.close());
  beforeEach(async () => {
    await app.control.reset();
    await app.control.clearRequests();
  });

  it('still answers with the alert list after 429 ×3 then 503 (Retry-After: 1 each)', async () => {
    await app.control.fault({ match: { path: '/alerts' }, count: 3, kind: 'throttle', retryAfterSeconds: 1 });
    await app.control.fault({ match: { path: '/alerts' }, count: 1, kind: 'unavailable', retryAfterSeconds: 1 });
    const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, 'alerts'));
    assert.equal(cardsIn(answer).length, 1, readableText(answer));
    const statuses = (await app.control.requests()).filter((request) => request.path.includes('/alerts')).map((request) => request.status);
    assert.deepEqual(statuses, [429, 429, 429, 503, 200]);
  });

  it('says Graph is busy when the throttling outlasts the budget', async () => {
    await app.control.fault({ match: { path: '/alerts' }, count: 3, kind: 'throttle', retryAfterSeconds: 10 });
    const answer = await app.client.send(messageActivity(app.connector.url, ADMIN, 'alerts'));
    assert.equal(cardsIn(answer).length, 0);
    assert.match(readableText(answer), /busy|try again/i);
  });
});
