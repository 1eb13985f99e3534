import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { CARD_ACTIONS } from '../../src/actions/card-actions';
import { renderTemplate, templateNames } from '../../src/cards/card-template';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { renderAlertList } from '../../src/cards/render-alert-list';
import { renderConfirmRemediation } from '../../src/cards/render-confirm-remediation';
import { renderDismissed } from '../../src/cards/render-dismissed';
import { renderRefreshFailed, renderScanning } from '../../src/cards/render-scanning';
import { ALL_VERBS } from '../../src/cards/verbs';
import { CARDS_DIR } from '../../src/repo-paths';
import { allAlerts, makeAlert, makeIncident } from '../support/fakes/alert-fixtures';
import { ADMIN } from '../support/fakes/recording-turn';
import { utf16Bytes, verbsIn } from './card-json';

const now = new Date('2026-11-23T12:00:00Z');
const write = { actionsVisible: true, now };

/** Every template rendered with fixtures, in every state that changes what it shows. */
function renderEveryCard(): { name: string; card: object }[] {
  const stale = makeAlert('StaleSignInAlert', { incidents: 25 });
  const alerts = allAlerts();
  alerts[0] = { ...alerts[0]!, isActive: false };
  return [
    { name: 'alert (page 0)', card: renderAlertCard(stale, { ...write, notice: 'Done' }) },
    { name: 'alert (page 1)', card: renderAlertCard(stale, { ...write, page: 1 }) },
    { name: 'alert (inactive)', card: renderAlertCard({ ...stale, isActive: false }, write) },
    { name: 'alert (read only)', card: renderAlertCard(stale, { actionsVisible: false, now }) },
    { name: 'alert (no incidents)', card: renderAlertCard(makeAlert('InvalidLicenseAlert', { incidents: 0 }), write) },
    { name: 'alert-list', card: renderAlertList(alerts, write) },
    { name: 'alert-list (shared: refresh for admins)', card: renderAlertList(alerts, { actionsVisible: false, now, refreshUserIds: [ADMIN.id] }) },
    { name: 'alert-list (read only)', card: renderAlertList(allAlerts(), { actionsVisible: false, now }) },
    { name: 'confirm-remediation', card: renderConfirmRemediation(stale, stale.incidents[0]!, 0, 'Ada Admin') },
    { name: 'dismissed', card: renderDismissed(stale, { by: ADMIN, at: now }, now) },
    { name: 'dismissed (already)', card: renderDismissed(stale, { at: now }, now) },
    { name: 'scanning', card: renderScanning('staleSignIn', 'Ada') },
    { name: 'refresh-failed', card: renderRefreshFailed('staleSignIn', 'Graph is busy', { alertId: stale.id }) },
    { name: 'refresh-failed (all)', card: renderRefreshFailed('all alerts', 'Graph is busy', {}) },
  ];
}

describe('card templates', () => {
  it('finds each of its templates in cards/', () => {
    const files = readdirSync(CARDS_DIR).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
    for (const name of templateNames()) assert.ok(files.includes(name), name);
  });

  it('renders every template with fixtures: schema 1.5, no leftover ${, under 80 KB', () => {
    for (const { name, card } of renderEveryCard()) {
      const json = JSON.stringify(card);
      assert.ok(!json.includes('${'), `${name} has an unbound binding`);
      assert.equal((card as { version?: string }).version, '1.5', name);
      assert.ok(utf16Bytes(card) < 80 * 1024, `${name} is too big`);
    }
  });

  it('throws instead of returning a card with templating warnings or unbound fields', () => {
    assert.throws(() => renderTemplate('scanning', { title: 'only a title' }), /went wrong/);
  });

  it('every button on these cards has a handler, and every handler a button', () => {
    const handled: readonly string[] = CARD_ACTIONS.map((action) => action.verb);
    for (const verb of handled) assert.ok((ALL_VERBS as readonly string[]).includes(verb), `${verb} missing from VERBS`);
    const onCards = new Set(renderEveryCard().flatMap(({ card }) => verbsIn(card)));
    for (const verb of handled) assert.ok(onCards.has(verb), `no button for ${verb}`);
    for (const verb of onCards) assert.ok(handled.includes(verb), `button with unhandled verb ${verb}`);
  });

  it('keeps an alert card with 5,000 incidents under 80 KB on every page', () => {
    const incidents = Array.from({ length: 5000 }, (_, i) => makeIncident('StaleSignInAlert', i, {
      assigneeDisplayName: `A rather long display name for user number ${i} ${'x'.repeat(200)}`,
    }));
    const alert = { ...makeAlert('StaleSignInAlert'), incidents, incidentCount: 5000 };
    for (const page of [0, 250, 499]) {
      const card = renderAlertCard(alert, { ...write, page });
      assert.ok(utf16Bytes(card) < 80 * 1024, `page ${page}: ${utf16Bytes(card)} bytes`);
    }
  });
});
