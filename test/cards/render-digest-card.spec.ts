import assert from 'node:assert/strict';
import { renderDigestCard } from '../../src/cards/render-digest-card';
import type { AlertTrend } from '../../src/digest/digest-summary';
import { cardText } from '../support/e2e/card-query';

const trend = (alertId: string, now: number, series: readonly number[]): AlertTrend => ({
  alertId, name: `Alert ${alertId}`, severity: 'medium', atStart: series[0] ?? 0, now, newIncidents: Math.max(0, now - (series[0] ?? 0)), series,
});

describe('renderDigestCard: totals and the chart', () => {
  it('counts the alerts that have incidents open, not every alert watched', () => {
    const trends = [trend('a', 10, [8, 10]), trend('b', 6, [6, 6]), trend('c', 4, [0, 4]), ...['d', 'e', 'f', 'g'].map((id) => trend(id, 0, [0, 0]))];
    const text = cardText(renderDigestCard({ cadence: 'daily', periodText: 'a day', labels: ['08:00', '11:00'], trends }));
    assert.match(text, /20 incidents open now across 3 alerts \(of 7 watched\)\./);
    assert.doesNotMatch(text, /No chart/);
  });

  it('on a fresh install (one point of history) says there is no chart yet and when it will appear', () => {
    const fresh = renderDigestCard({ cadence: 'daily', periodText: 'a day', labels: ['08:00'], trends: [trend('a', 2, [2])], chartFromText: 'Tue 2026-12-01 11:00 (Europe/Berlin)' });
    assert.equal((fresh.body as { type: string }[]).some((item) => item.type === 'Chart.Line'), false);
    assert.match(cardText(fresh), /No chart yet: it needs history from two points in time, and appears in digests by Tue 2026-12-01 11:00 \(Europe\/Berlin\)\./);
    const empty = renderDigestCard({ cadence: 'weekly', periodText: 'a week', labels: [], trends: [] });
    assert.match(cardText(empty), /No chart yet: [^\n]* once the bot has polled for two days\./);
  });

  it('history long enough but nothing to draw: says why', () => {
    const quiet = renderDigestCard({ cadence: 'daily', periodText: 'a day', labels: ['08:00', '11:00'], trends: [trend('a', 0, [0, 0])] });
    assert.match(cardText(quiet), /No chart: no alert had incidents in this period\./);
  });
});
