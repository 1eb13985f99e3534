import { strict as assert } from 'node:assert';
import { actionInvoke } from './support/activities';
import { assertReadable } from './support/answer-checks';
import { VALID_ALERT_ID } from './support/hostile-values';
import { READER, startSecurityApp, type SecurityApp } from './support/security-app';

/** A reader clicks 50 times with data that defeats every cache: what Graph sees stays bounded. */
describe('security: Graph cost per click', function () {
  this.timeout(60_000);
  let app: SecurityApp;
  before(async () => {
    app = await startSecurityApp({ env: { CHAT_GRAPH_READS_PER_USER_PER_MINUTE: '10' } });
  });
  after(async () => app.close());
  beforeEach(async () => app.control.clearRequests());

  async function click50(data: Record<string, unknown>): Promise<string[]> {
    const answers: string[] = [];
    for (let click = 0; click < 50; click += 1) {
      answers.push(assertReadable(await app.client.send(actionInvoke(app.connector.url, READER, 'card.refreshView', data)), `click ${click}`));
    }
    return answers;
  }

  it('50 refreshes with a forged alert version read the alert at most 10 times (the per-user limit), the rest told to wait', async () => {
    const answers = await click50({ alertId: VALID_ALERT_ID, page: 0, version: '999999@2099-01-01T00:00:00Z' });
    const alertReads = (await app.control.requests()).filter((request) => request.method === 'GET' && request.path.split('?')[0]!.endsWith(`/alerts/${VALID_ALERT_ID}`));
    assert.ok(alertReads.length <= 10, `${alertReads.length} alert reads reached Graph`);
    const limited = answers.filter((text) => /You have asked for more Microsoft Graph reads this minute than I make for chat; try again in \d+ seconds?/.test(text));
    assert.equal(limited.length, 50 - alertReads.length, answers.at(-1));
  });

  it('50 refreshes of the whole list (scope all) list the alerts at most the per-user limit', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const other = { ...READER, id: '29:reader-two', aadObjectId: '66666666-6666-4666-8666-666666666666' };
    const answers: string[] = [];
    for (let click = 0; click < 50; click += 1) {
      answers.push(assertReadable(await app.client.send(actionInvoke(app.connector.url, other, 'card.refreshView', { scope: 'all' })), `click ${click}`));
    }
    const lists = (await app.control.requests()).filter((request) => request.method === 'GET' && request.path.split('?')[0]!.endsWith('/roleManagementAlerts/alerts'));
    assert.ok(lists.length <= 10, `${lists.length} alert lists reached Graph`);
    assert.ok(answers.filter((text) => /try again in \d+ second/.test(text)).length >= 40);
  });
});
