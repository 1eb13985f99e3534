import type { AlertTrend } from '../digest/digest-summary';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import type { CardTextColor } from './card-colors';
import { severityStyle } from './severity-style';

/** What the digest card shows; built by the digest side (src/digest), rendered here. */
export interface DigestCardInput {
  readonly cadence: 'daily' | 'weekly';
  /** e.g. `Tue 2026-12-01 08:00 → Wed 2026-12-02 08:00 (Europe/Berlin)`. */
  readonly periodText: string;
  readonly nextRunText?: string;
  readonly labels: readonly string[];
  readonly trends: readonly AlertTrend[];
  /** e.g. a preview or "history starts later than the period". */
  readonly notes?: readonly string[];
  /** When the chart will have two points to draw (history too short for one yet), e.g. `Tue 2026-12-01 11:00 (Europe/Berlin)`. */
  readonly chartFromText?: string;
}

export interface DigestChartSeries {
  readonly legend: string;
  readonly values: readonly { readonly x: string; readonly y: number }[];
}

/** How many alerts the table lists and the chart draws (most new incidents first). */
export const MAX_DIGEST_ROWS = 15;
export const MAX_CHART_SERIES = 6;

export function renderDigestCard(input: DigestCardInput): CardPayload {
  return renderTemplate('digest', digestCardData(input));
}

export function digestCardData(input: DigestCardInput): Record<string, unknown> {
  const trends = [...input.trends].sort((a, b) => b.newIncidents - a.newIncidents || b.now - a.now || a.name.localeCompare(b.name));
  const added = trends.reduce((sum, trend) => sum + trend.newIncidents, 0);
  const open = trends.reduce((sum, trend) => sum + trend.now, 0);
  const withIncidents = trends.filter((trend) => trend.now > 0).length;
  const rising = trends.filter((trend) => trend.newIncidents > 0).length;
  const chart = chartSeries(trends, input.labels);
  const rows = trends.slice(0, MAX_DIGEST_ROWS).map(rowOf);
  const notes = [...(input.notes ?? [])];
  if (trends.length > rows.length) notes.push(`…and ${trends.length - rows.length} more alerts without room on this card.`);
  const drawn = chart.length > 0 && input.labels.length > 1;
  const noChart = drawn ? undefined : noChartNote(input, chart.length > 0 || trends.length === 0);
  if (noChart) notes.unshift(noChart);
  if (input.nextRunText) notes.push(`Next digest: ${input.nextRunText}.`);
  return {
    headline: input.cadence === 'weekly' ? 'Weekly PIM alerts digest' : 'Daily PIM alerts digest',
    title: trends.length === 0 ? 'No PIM alert history in this period yet' : `${plural(added, 'new incident')} on ${plural(rising, 'alert')}`,
    period: escapeCardText(input.periodText, 200),
    totals: `${plural(open, 'incident')} open now across ${plural(withIncidents, 'alert')}${trends.length > withIncidents ? ` (of ${trends.length} watched)` : ''}.`,
    totalsColor: 'Default' satisfies CardTextColor,
    charts: drawn
      ? [{ xAxisTitle: input.cadence === 'weekly' ? 'Day' : 'Hour', series: chart, fallbackText: chartFallback(chart) }]
      : [],
    rows,
    notes: notes.map((text) => ({ text: escapeCardText(text, 300) })),
  };
}

function rowOf(trend: AlertTrend): Record<string, string> {
  const severity = severityStyle(trend.severity);
  return {
    name: escapeCardText(trend.name, 200), severityText: severity.text, severityColor: severity.color,
    change: `${trend.atStart} → ${trend.now}`, newText: trend.newIncidents > 0 ? `+${trend.newIncidents}` : '0',
    newColor: (trend.newIncidents > 0 ? 'Accent' : 'Default') satisfies CardTextColor,
  };
}

/** The alerts worth drawing (any incidents in the period), at most MAX_CHART_SERIES lines. */
function chartSeries(trends: readonly AlertTrend[], labels: readonly string[]): DigestChartSeries[] {
  return trends.filter((trend) => trend.series.some((value) => value > 0)).slice(0, MAX_CHART_SERIES).map((trend) => ({
    legend: escapePlainCardText(trend.name, 60),
    values: trend.series.map((y, i) => ({ x: labels[i] ?? String(i), y })),
  }));
}

/** Why there is no chart: too little history yet (and when it will have two points), or nothing rose or stayed open. */
function noChartNote(input: DigestCardInput, historyTooShort: boolean): string {
  if (!historyTooShort || input.labels.length > 1) return 'No chart: no alert had incidents in this period.';
  const when = input.chartFromText ? `by ${input.chartFromText}` : `once the bot has polled for ${input.cadence === 'weekly' ? 'two days' : 'three hours'}`;
  return `No chart yet: it needs history from two points in time, and appears in digests ${when}.`;
}

/** The chart as text, for clients that do not render Adaptive Card charts. */
function chartFallback(chart: readonly DigestChartSeries[]): string {
  const lines = chart.map((series) => `${escapeCardText(series.legend, 60)}: ${series.values.map((value) => value.y).join(' · ')}`);
  return ['Incidents over time (oldest first):', ...lines].join('\n\n');
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
