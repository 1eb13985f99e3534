import assert from 'node:assert/strict';
import { alertCardData, renderAlertCard } from '../../src/cards/render-alert-card';
import { VERBS } from '../../src/cards/verbs';
import { makeAlert, makeIncident } from '../support/fakes/alert-fixtures';
import { verbsIn } from './card-json';

const now = new Date('2026-11-23T12:00:00Z');

describe('renderAlertCard', () => {
  it('shows severity on a tinted badge, relative last scan, Dismiss, Refresh and a Remediate per incident', () => {
    const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
    const card = renderAlertCard(alert, { actionsVisible: true, now });
    const json = JSON.stringify(card);
    assert.ok(json.includes('"style":"warning"'), 'Medium: a yellow badge behind default-coloured text');
    assert.ok(!json.includes('"color":"Warning"'), 'never yellow text (about 1.5:1 on white)');
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

  it('fills the description\'s {0} (incident count) and {1} (configured days) placeholders', () => {
    const template = '{0} account(s) in privileged roles that have not signed in to Azure AD in the past {1} day(s)';
    const alert = makeAlert('StaleSignInAlert', { incidents: 3 });
    const card = alertCardData({ ...alert, definition: { ...alert.definition!, description: template } }, { actionsVisible: true, now });
    const description = card.sections.find((section) => section.heading === 'Description')?.text;
    assert.equal(description, '3 account(s) in privileged roles that have not signed in to Azure AD in the past 30 day(s)');
  });

  it('calls an inactive alert with incidents Dismissed and one without incidents No incidents', () => {
    assert.equal(alertCardData(makeAlert('StaleSignInAlert', { isActive: false }), { actionsVisible: true, now }).statusText, 'Dismissed');
    assert.equal(alertCardData(makeAlert('StaleSignInAlert', { isActive: false, incidents: 0 }), { actionsVisible: true, now }).statusText, 'No incidents');
  });

  it('has no Remediate where the definition is not remediatable', () => {
    const verbs = verbsIn(renderAlertCard(makeAlert('SequentialActivationRenewalsAlert'), { actionsVisible: true, now }));
    assert.ok(!verbs.includes(VERBS.remediate));
  });

  it('hides every write button when actions are not visible (Settings, which opens the form read-only, stays)', () => {
    const verbs = verbsIn(renderAlertCard(makeAlert('StaleSignInAlert'), { actionsVisible: false, now }));
    assert.deepEqual([...new Set(verbs)], [VERBS.settings]);
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

  it('shows settings as people read them: 4%, 30 days, 10 seconds', () => {
    const admins = makeAlert('TooManyGlobalAdminsAssignedToTenantAlert');
    const percent = { ...admins, configuration: { ...admins.configuration!, settings: { globalAdminCountThreshold: 5, percentageOfGlobalAdminsOutOfRolesThreshold: 4 } } };
    const renewals = makeAlert('SequentialActivationRenewalsAlert');
    const seconds = { ...renewals, configuration: { ...renewals.configuration!, settings: { sequentialActivationCounterThreshold: 3, timeIntervalBetweenActivations: 'PT10S' } } };
    const facts = (alert: typeof admins): Record<string, string> =>
      Object.fromEntries(alertCardData(alert, { actionsVisible: true, now }).configuration[0]!.facts.map((fact) => [fact.title, fact.value]));
    assert.equal(facts(percent)['Percentage of Global Administrators'], '4%');
    assert.equal(facts(percent)['Minimum number of Global Administrators'], '5');
    assert.equal(facts(makeAlert('StaleSignInAlert'))['Days without sign-in'], '30 days');
    assert.equal(facts(seconds)['Activation renewal timeframe'], '10 seconds');
  });

  it('shows Graph\'s "·"-separated mitigation and prevention steps as bullets', () => {
    const alert = makeAlert('TooManyGlobalAdminsAssignedToTenantAlert');
    const steps = { ...alert, definition: { ...alert.definition!, mitigationSteps: '·Review the users.·Assign *lower* roles.', howToPrevent: '·Review access.· ·' } };
    const sections = Object.fromEntries(alertCardData(steps, { actionsVisible: true, now }).sections.map((section) => [section.heading, section.text]));
    assert.equal(sections['Mitigation'], '- Review the users.\n- Assign \\*lower\\* roles.');
    assert.equal(sections['How to prevent'], 'Review access.');
  });
});
