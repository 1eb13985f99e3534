import { strict as assert } from 'node:assert';
import { actionInvoke, messageActivity } from './support/activities';
import { assertReadable } from './support/answer-checks';
import { VALID_ALERT_ID } from './support/hostile-values';
import { cardsIn } from './support/readable-answer';
import { ADMIN, READER, startSecurityApp, type SecurityApp } from './support/security-app';

const EVIL_NAME = 'Eve [click me](http://evil.example/phish) <at>Everyone</at> ${$root.secret} **urgent**';
const EVIL_UPN = 'eve@contoso.com<script>alert(1)</script>';
const EVIL_ROLE = '<AT>Global Administrator</AT> ![img](http://evil.example/x.png) ${1+1}';

/** Every string inside a card, wherever it sits. */
function cardStrings(card: unknown): string[] {
  const strings: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(card);
  return strings;
}

function assertInert(card: unknown): void {
  const strings = cardStrings(card);
  const all = strings.join('\n');
  assert.ok(all.includes('Eve'), 'the incident is shown');
  for (const text of strings) {
    assert.doesNotMatch(text, /(?<!\\)\[[^\]\\]*(?<!\\)\]\(/, `live markdown link: ${text}`);
    assert.doesNotMatch(text, /<at\b/i, `mention tag: ${text}`);
    assert.ok(!text.includes('${'), `template expression: ${text}`);
    assert.doesNotMatch(text, /(?<!\\)\*\*urgent/, `live emphasis: ${text}`);
  }
}

describe('security: text from Graph is escaped in the cards the bot sends', function () {
  this.timeout(30_000);
  let app: SecurityApp;

  before(async () => {
    app = await startSecurityApp();
    await app.control.addIncident(VALID_ALERT_ID, {
      id: 'evil-incident-1', assigneeDisplayName: EVIL_NAME, assigneeUserPrincipalName: EVIL_UPN, roleDisplayName: EVIL_ROLE,
    });
  });
  after(async () => app.close());

  it('in the alert card (card action)', async () => {
    const answer = await app.client.send(actionInvoke(app.connector.url, ADMIN, 'alert.open', { alertId: VALID_ALERT_ID }));
    assertReadable(answer, 'alert.open');
    const cards = cardsIn(answer);
    assert.equal(cards.length, 1, answer.rawBody.slice(0, 300));
    assertInert(cards[0]);
  });

  it('in the incidents card (chat command), for admins and readers', async () => {
    for (const user of [ADMIN, READER]) {
      const answer = await app.client.send(messageActivity(app.connector.url, user, 'incidents staleSignIn'));
      assertReadable(answer, 'incidents');
      const cards = cardsIn(answer);
      assert.ok(cards.length >= 1, `no card for ${user.name}: ${JSON.stringify(answer.sent).slice(0, 300)}`);
      cards.forEach(assertInert);
    }
  });

  it('in every page of the alert card', async () => {
    const answer = await app.client.send(actionInvoke(app.connector.url, ADMIN, 'alert.page', { alertId: VALID_ALERT_ID, page: 0 }));
    cardsIn(answer).forEach(assertInert);
  });
});
