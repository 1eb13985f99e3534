import assert from 'node:assert/strict';
import { alertCardData, renderAlertCard } from '../../src/cards/render-alert-card';
import { VERBS } from '../../src/cards/verbs';
import { makeAlert, makeIncident } from '../support/fakes/alert-fixtures';
import { verbsIn } from './card-json';

const now = new Date('2026-11-23T12:00:00Z');

describe('renderAlertCard', () => {
  it('shows severity with a color, relative last scan, Dismiss, Refresh and a Remediate per incident', () => {
    const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
    const card = renderAlertCard(alert, { actionsVisible: true, now });
    const json = JSON.stringify(card);
    assert.ok(json.includes('"color":"Warning"'));
    assert.ok(json.includes('3 hours ago'));
    const verbs = verbsIn(card);
    assert.equal(verbs.filter((verb) => verb === VERBS.remediate).length, 3 * 2, 'Execute + Submit fallback per incident');
    assert.ok(verbs.includes(VERBS.dismiss));
    assert.ok(verbs.includes(VERBS.refresh));
  });

  it('has no Dismiss (and no Remediate) on an inactive alert', () => {
    const verbs = verbsIn(renderAlertCard(makeAlert('StaleSignInAlert', { isActive: false }), { actionsVisible: true, now }));
    assert.ok(!verbs.includes(VERBS.dismiss));
    assert.ok(!verbs.includes(VERBS.remediate));
    assert.ok(verbs.includes(VERBS.refresh));
  });

  it('has no Remediate where the definition is not remediatable', () => {
    const verbs = verbsIn(renderAlertCard(makeAlert('SequentialActivationRenewalsAlert'), { actionsVisible: true, now }));
    assert.ok(!verbs.includes(VERBS.remediate));
  });

  it('hides every write button when actions are not visible', () => {
    const verbs = verbsIn(renderAlertCard(makeAlert('StaleSignInAlert'), { actionsVisible: false, now }));
    assert.deepEqual(verbs, []);
  });

  it('pages incidents 10 at a time with Previous/Next and clamps pages that do not exist', () => {
    const alert = makeAlert('StaleSignInAlert', { incidents: 25 });
    const first = alertCardData(alert, { actionsVisible: true, now, page: 0 });
    assert.equal(first.incidents.length, 10);
    assert.deepEqual(first.pager[0]?.previous, []);
    assert.equal(first.pager[0]?.next[0]?.page, 1);
    assert.equal(first.incidentsHeading, 'Incidents 1–10 of 25');
    const last = alertCardData(alert, { actionsVisible: true, now, page: 99 });
    assert.equal(last.page, 2);
    assert.equal(last.incidents.length, 5);
    assert.deepEqual(last.pager[0]?.next, []);
    assert.equal(alertCardData(makeAlert('StaleSignInAlert', { incidents: 3 }), { actionsVisible: true, now }).pager.length, 0);
  });

  it('escapes text from Graph before it reaches the card', () => {
    const evil = makeIncident('StaleSignInAlert', 1, { assigneeDisplayName: '[x](https://evil) <at>all</at> ${boom}' });
    const alert = makeAlert('StaleSignInAlert', { overrides: { incidents: [evil] } });
    const json = JSON.stringify(renderAlertCard(alert, { actionsVisible: true, now }));
    assert.ok(!json.includes('[x](https'));
    assert.ok(!json.includes('<at>'));
    assert.ok(!json.includes('${'));
  });

  it('leaves out definition texts and configuration in compact mode', () => {
    const data = alertCardData(makeAlert('StaleSignInAlert'), { actionsVisible: true, now, compact: true });
    assert.deepEqual(data.sections, []);
    assert.deepEqual(data.configuration, []);
  });
});
