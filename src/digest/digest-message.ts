import type { CardPayload } from '../cards/card-payload';
import { renderDigestCard } from '../cards/render-digest-card';
import { meetsFloor, type SeverityFloor } from '../notifications/severity-floor';
import { describeInstant, periodStart, type DigestSchedule } from './digest-schedule';
import { summarizeHistory } from './digest-summary';
import type { IncidentHistory } from './incident-history';

export interface DigestRequest {
  readonly schedule: DigestSchedule;
  /** The scheduled run this digest is for; the period is the day or week before it. */
  readonly dueAt: number;
  readonly now: number;
  /** Start of the period when it is not the schedule's (a preview). */
  readonly from?: number;
  /** The conversation's subscription floor, if it has one: alerts below it are left out. */
  readonly floor?: SeverityFloor;
  readonly nextRunAt?: number;
  readonly notes?: readonly string[];
}

/** A digest card with its one-line preview (the activity summary). */
export interface DigestMessage {
  readonly card: CardPayload;
  readonly summary: string;
}

/** A chart point covers 3 hours in a daily digest and a day in a weekly one (src/digest/digest-summary.ts): two need this much history. */
const DAILY_POINT_MS = 3 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The digest card for a period, from the stored incident history. */
export async function buildDigest(history: IncidentHistory, request: DigestRequest): Promise<DigestMessage> {
  const { schedule } = request;
  const from = request.from ?? periodStart(schedule, request.dueAt);
  const hours = await history.range(from, request.now);
  const summary = summarizeHistory(hours, schedule);
  const trends = summary.trends.filter((trend) => !request.floor || meetsFloor(trend.severity, request.floor));
  const notes = [...(request.notes ?? [])];
  if (request.now - request.dueAt > 3_600_000) notes.push(`This digest was due ${describeInstant(request.dueAt, schedule.timeZone)}; the bot was not running then.`);
  const first = hours[0];
  if (first && Date.parse(first.hour) > from + 3_600_000) notes.push(`History starts ${describeInstant(Date.parse(first.hour), schedule.timeZone)}.`);
  const card = renderDigestCard({
    cadence: schedule.cadence,
    periodText: `${describeInstant(from, schedule.timeZone)} → ${describeInstant(request.now, schedule.timeZone)}`,
    nextRunText: request.nextRunAt === undefined ? undefined : describeInstant(request.nextRunAt, schedule.timeZone),
    labels: summary.labels,
    trends,
    notes,
    chartFromText: first ? describeInstant(Date.parse(first.hour) + (schedule.cadence === 'weekly' ? DAY_MS : DAILY_POINT_MS), schedule.timeZone) : undefined,
  });
  const added = trends.reduce((sum, trend) => sum + trend.newIncidents, 0);
  return { card, summary: `${schedule.cadence === 'weekly' ? 'Weekly' : 'Daily'} PIM alerts digest: ${added} new incident${added === 1 ? '' : 's'}.` };
}
