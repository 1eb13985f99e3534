import assert from 'node:assert/strict';
import { AlertCache } from '../../src/use-cases/alert-cache';
import { VERBS } from '../../src/cards/verbs';
import { alertIdOf, makeAlert } from '../support/fakes/alert-fixtures';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';
import { cardJson, runAction } from '../routes/card-actions/run-action';

const STALE = alertIdOf('StaleSignInAlert');

describe('AlertCache', () => {
  it('reads an alert once per time-to-live, then again', async () => {
    let now = 0;
    const cache = new AlertCache(1000, () => now);
    const { pim } = makeUseCaseDeps();
    await cache.get(pim, STALE);
    now = 999;
    await cache.get(pim, STALE);
    assert.equal(pim.count('getAlert'), 1);
    now = 1000;
    await cache.get(pim, STALE);
    assert.equal(pim.count('getAlert'), 2);
  });

  it('a notification\'s Open alert never shows older data than it announced (count 3 cached, 5 announced)', async () => {
    const deps = makeUseCaseDeps({ alertCache: new AlertCache() });
    deps.pim.alerts = [{ ...makeAlert('StaleSignInAlert', { incidents: 3 }), lastModifiedDateTime: '2026-11-23T10:00:00Z' }];
    await runAction(deps, VERBS.openAlert, { alertId: STALE });
    deps.pim.alerts = [{ ...makeAlert('StaleSignInAlert', { incidents: 5 }), lastModifiedDateTime: '2026-11-23T11:00:00Z' }];
    const stale = await runAction(deps, VERBS.openAlert, { alertId: STALE });
    assert.match(cardJson(stale), /"Incidents","value":"3"/, 'a list row opens the cached copy');
    const opened = await runAction(deps, VERBS.openAlert, { alertId: STALE, version: '5@2026-11-23T11:00:00Z' });
    assert.match(cardJson(opened), /"Incidents","value":"5"/);
    assert.equal(deps.pim.count('getAlert'), 2);
    await runAction(deps, VERBS.openAlert, { alertId: STALE, version: '5@2026-11-23T11:00:00Z' });
    assert.equal(deps.pim.count('getAlert'), 2, 'the fresh copy satisfies the next click');
    const refused = await runAction(deps, VERBS.openAlert, { alertId: STALE, version: 'five' });
    assert.match(JSON.stringify(refused), /incident count and a time/);
  });

  it('lets Next/Previous page through incidents without re-reading them all from Graph', async () => {
    const deps = makeUseCaseDeps({ alertCache: new AlertCache() });
    deps.pim.alerts = [makeAlert('StaleSignInAlert', { incidents: 35 })];
    for (const page of [1, 2, 3, 2]) await runAction(deps, VERBS.page, { alertId: STALE, page });
    assert.equal(deps.pim.count('getAlert'), 1);
  });

  it('writes re-check Graph rather than trusting the cache', async () => {
    const deps = makeUseCaseDeps({ alertCache: new AlertCache() });
    await runAction(deps, VERBS.openAlert, { alertId: STALE });
    deps.pim.alerts = deps.pim.alerts.map((alert) => (alert.id === STALE ? { ...alert, isActive: false } : alert));
    const dismiss = await runAction(deps, VERBS.dismiss, { alertId: STALE });
    assert.match(cardJson(dismiss), /already dismissed/);
    assert.equal(deps.pim.count('dismissAlert'), 0);
    const incidentId = deps.pim.alerts.find((alert) => alert.id === STALE)!.incidents[0]!.id;
    const confirm = await runAction(deps, VERBS.confirmRemediation, { alertId: STALE, incidentId, page: 0 });
    assert.match(cardJson(confirm), /dismissed/);
    assert.equal(deps.pim.count('remediateIncident'), 0);
  });

  it('keeps at most 50 alerts', () => {
    const cache = new AlertCache();
    for (let i = 0; i < 60; i += 1) cache.set({ ...makeAlert('StaleSignInAlert'), id: `${STALE}${i}` });
    assert.equal((cache as unknown as { entries: Map<string, unknown> }).entries.size, 50);
  });
});
