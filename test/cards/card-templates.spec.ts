import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { renderTemplate, templateNames } from '../../src/cards/card-template';
import { renderAlertCard } from '../../src/cards/render-alert-card';
import { renderAlertChoice } from '../../src/cards/render-alert-choice';
import { renderAlertList } from '../../src/cards/render-alert-list';
import { renderAlertSettings } from '../../src/cards/render-alert-settings';
import { renderConfirmBulkRemediation } from '../../src/cards/render-confirm-bulk-remediation';
import { renderConfirmRemediation } from '../../src/cards/render-confirm-remediation';
import { renderRemediationProgress } from '../../src/cards/render-remediation-progress';
import { renderDigestCard } from '../../src/cards/render-digest-card';
import { renderDismissed } from '../../src/cards/render-dismissed';
import { renderQuietSummary } from '../../src/cards/render-quiet-summary';
import { renderRefreshFailed, renderScanning } from '../../src/cards/render-scanning';
import { CARDS_DIR } from '../../src/tools/repo-paths';
import { renderWatchDown, renderWatchRecovered } from '../../src/watch-health/render-health-card';
import type { WatchFault } from '../../src/watch-health/watch-fault';
import { allAlerts, makeAlert, makeIncident } from '../support/fakes/alert-fixtures';
import { makeAzureAlert } from '../support/fakes/azure-alert-fixtures';
import { ADMIN } from '../support/fakes/recording-turn';
import { utf16Bytes } from './card-json';

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
    ...alertChoiceCards(),
    { name: 'alert-list (shared: refresh for admins)', card: renderAlertList(alerts, { actionsVisible: false, now, refreshUserIds: [ADMIN.id] }) },
    { name: 'alert-list (read only)', card: renderAlertList(allAlerts(), { actionsVisible: false, now }) },
    { name: 'alert-list (not watching)', card: renderAlertList(allAlerts(), { ...write, notWatching: '**Not watching PIM alerts since 2026-12-07 08:00 UTC** (no instance polling).' }) },
    { name: 'confirm-remediation', card: renderConfirmRemediation(stale, stale.incidents[0]!, { page: 0, requestedBy: 'Ada Admin' }) },
    { name: 'confirm-remediation (second confirmation)', card: renderConfirmRemediation(stale, stale.incidents[0]!, { page: 0, requestedBy: 'Ada', step: 'second', warnings: ['This is you (Ada)'] }) },
    { name: 'confirm-remediation (refused)', card: renderConfirmRemediation(stale, stale.incidents[0]!, { page: 0, requestedBy: 'Ada', step: 'refused', warnings: ['Refused: the last one'] }) },
    { name: 'confirm-bulk-remediation', card: renderConfirmBulkRemediation(stale, stale.incidents.slice(0, 10), { page: 0, requestedBy: 'Ada' }) },
    { name: 'confirm-bulk-remediation (second)', card: renderConfirmBulkRemediation(stale, stale.incidents.slice(0, 2), { page: 0, requestedBy: 'Ada', step: 'second', warnings: ['break-glass'] }) },
    { name: 'confirm-bulk-remediation (refused)', card: renderConfirmBulkRemediation(stale, stale.incidents.slice(0, 2), { page: 0, requestedBy: 'Ada', step: 'refused', warnings: ['Refused'] }) },
    { name: 'remediation-progress', card: renderRemediationProgress('Stale', 'Ada', [{ state: 'Done', text: 'removed a' }, { state: 'Failed', text: 'b: no' }, { state: 'Waiting', text: 'c' }]) },
    { name: 'alert-settings', card: renderAlertSettings(makeAlert('SequentialActivationRenewalsAlert'), { canWrite: true, notice: { text: 'Saved: a → b', good: true } }) },
    { name: 'alert-settings (errors, as typed)', card: renderAlertSettings(stale, { canWrite: true, entered: { s_duration: '999' }, errors: { duration: 'too big' }, notice: { text: 'Nothing was saved', good: false } }) },
    { name: 'alert-settings (read only, no settings)', card: renderAlertSettings(makeAlert('NoMfaOnRoleActivationAlert'), { canWrite: false }) },
    { name: 'dismissed', card: renderDismissed(stale, { by: ADMIN, at: now }, now) },
    { name: 'dismissed (already)', card: renderDismissed(stale, { at: now }, now) },
    { name: 'scanning', card: renderScanning('staleSignIn', 'Ada') },
    { name: 'refresh-failed', card: renderRefreshFailed('staleSignIn', 'Graph is busy', { alertId: stale.id }) },
    { name: 'refresh-failed (all)', card: renderRefreshFailed('all alerts', 'Graph is busy', {}) },
    ...digestCards(),
    ...watchHealthCards(),
  ];
}

/** "Which one?" with Open buttons (read), with commands to type (write), and with more candidates than it lists. */
function alertChoiceCards(): { name: string; card: object }[] {
  const owners = Array.from({ length: 200 }, (_, i) => makeAzureAlert('TooManyOwnersAssignedToResource', {
    subscriptionId: `${String(i).padStart(8, '0')}-766f-4003-8ae1-c4aeb893a99f`, displayName: `Subscription ${i} ${'with a long name '.repeat(15)}`,
  }));
  const typed = owners.map((alert, i) => ({ alert, command: `config tooManyOwners@${String(i).padStart(8, '0')} thresholdNumberOfOwners=5` }));
  return [
    { name: 'alert-choice (open)', card: renderAlertChoice('tooManyOwners', owners.slice(0, 3).map((alert) => ({ alert })), 'text') },
    { name: 'alert-choice (type)', card: renderAlertChoice('tooManyOwners', typed.slice(0, 3), 'text') },
    { name: 'alert-choice (200, type)', card: renderAlertChoice('tooManyOwners', typed, 'x'.repeat(3000)) },
  ];
}

/** A "not watching" card per fault (with and without app ids for the links), and "watching again". */
function watchHealthCards(): { name: string; card: object }[] {
  const faults: WatchFault[] = ['permission', 'credential', 'graphOutage', 'storage', 'noLeader', 'unknown'];
  const since = now.getTime() - 42 * 60_000;
  const context = { authorityHost: 'https://login.microsoftonline.us', tenantId: '0b6a5d2f-3c1e-4a8b-9f7d-2e4c6a8b0d1f', clientId: '5e7c9a1b-2d4f-4e6a-8c0b-1a3c5e7f9b2d', runbookUrl: 'https://example.org/readme' };
  const cardOf = (message: ReturnType<typeof renderWatchDown>): object => ('card' in message ? message.card : {});
  return [
    ...faults.map((fault) => ({ name: `watch-down (${fault})`, card: cardOf(renderWatchDown(fault, since, now.getTime(), context)) })),
    { name: 'watch-down (no app ids)', card: cardOf(renderWatchDown('permission', since, now.getTime(), { authorityHost: 'https://login.microsoftonline.com', clientId: 'not a guid' })) },
    { name: 'watch-recovered', card: cardOf(renderWatchRecovered(since, now.getTime(), 2)) },
  ];
}

/** Digest cards at their largest (a week of 40 alerts with long names), empty, and the quiet-hours summary. */
function digestCards(): { name: string; card: object }[] {
  const labels = ['Tue 1', 'Wed 2', 'Thu 3', 'Fri 4', 'Sat 5', 'Sun 6', 'Mon 7', 'Tue 8'];
  const trends = Array.from({ length: 40 }, (_, i) => ({
    alertId: `alert-${i}`, name: `Alert ${i} ${'with a long name '.repeat(20)}`, severity: 'high' as const,
    atStart: i, now: i + 8, newIncidents: 8, series: labels.map((_label, day) => i + day),
  }));
  const held = Array.from({ length: 200 }, (_, i) => ({ broadcastId: `b${i}`, alertId: 'a', severity: 'medium' as const, text: `Alert ${i}: Incidents rose: ${'x'.repeat(300)}`, heldAt: now.toISOString() }));
  const quiet = renderQuietSummary(held);
  return [
    { name: 'digest (weekly, 40 alerts)', card: renderDigestCard({ cadence: 'weekly', periodText: 'a week', nextRunText: 'next Monday', labels, trends }) },
    { name: 'digest (no history)', card: renderDigestCard({ cadence: 'daily', periodText: 'a day', labels: [], trends: [] }) },
    { name: 'quiet-summary (200 held)', card: 'card' in quiet ? quiet.card : {} },
  ];
}

describe('card templates', () => {
  it('imports every template of cards/ (the list is complete) and finds each there', () => {
    const files = readdirSync(CARDS_DIR).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
    for (const name of templateNames()) assert.ok(files.includes(name), name);
    assert.deepEqual([...files].sort(), [...templateNames()].sort(), 'every file in cards/ is imported in src/cards/card-templates.ts');
  });

  it('renders every template with fixtures: schema 1.5, no leftover ${, under 80 KB', () => {
    for (const { name, card } of renderEveryCard()) {
      const json = JSON.stringify(card);
      assert.ok(!json.includes('${'), `${name} has an unbound binding`);
      assert.equal((card as { version?: string }).version, '1.5', name);
      assert.ok(utf16Bytes(card) < 80 * 1024, `${name} is too big`);
    }
  });

  it('the digest card draws a Chart.Line (legend + x/y values) with a text fallback, and lists at most 15 alerts', () => {
    const card = digestCards()[0]!.card as { body: { type: string; data?: unknown; fallback?: { type: string; text: string } }[] };
    const chart = card.body.find((element) => element.type === 'Chart.Line');
    const series = chart?.data as { legend: string; values: { x: string; y: number }[] }[];
    assert.equal(series.length, 6);
    assert.deepEqual(series[0]!.values.slice(0, 2), [{ x: 'Tue 1', y: 39 }, { x: 'Wed 2', y: 40 }], 'most incidents first');
    assert.equal(chart?.fallback?.type, 'TextBlock');
    assert.match(chart?.fallback?.text ?? '', /Incidents over time \(oldest first\)/);
    assert.equal(card.body.filter((element) => element.type === 'ColumnSet').length, 1 + 15);
    const empty = digestCards()[1]!.card as { body: { type: string }[] };
    assert.ok(!empty.body.some((element) => element.type === 'Chart.Line'), 'no chart without history');
  });

  it('throws instead of returning a card with templating warnings or unbound fields', () => {
    assert.throws(() => renderTemplate('scanning', { title: 'only a title' }), /went wrong/);
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
