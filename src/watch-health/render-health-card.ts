import type { OutgoingMessage } from '../cards/outgoing-message';
import { renderTemplate } from '../cards/card-template';
import { formatUtc } from '../cards/relative-time';
import { faultAdvice, type AdviceContext, type FaultLink } from './fault-advice';
import type { WatchFault } from './watch-fault';

/** What the `watch-down` template binds. */
export interface WatchDownCardData {
  readonly title: string;
  readonly what: string;
  readonly sinceText: string;
  readonly forText: string;
  readonly todo: string;
  readonly footer: string;
  readonly links: readonly FaultLink[];
}

/** What the `watch-recovered` template binds. */
export interface WatchRecoveredCardData {
  readonly title: string;
  readonly sinceText: string;
  readonly recoveredText: string;
  readonly gapText: string;
  readonly risesText: string;
}

/** The one card per outage: what fails, since when, what to do, and where. */
export function renderWatchDown(fault: WatchFault, since: number, now: number, context: AdviceContext): OutgoingMessage {
  const advice = faultAdvice(fault, context);
  const data: WatchDownCardData = {
    title: advice.title, what: advice.what, todo: advice.todo, links: advice.links,
    sinceText: formatUtc(new Date(since)), forText: durationText(now - since),
    footer: 'Until this is fixed, new PIM alert incidents are not posted here. One more card follows when the bot watches again.',
  };
  return { card: renderTemplate('watch-down', data), summary: advice.title };
}

/** The "watching again" card: the gap, and whether incidents rose during it (posted as usual by the first poll after it). */
export function renderWatchRecovered(since: number, recoveredAt: number, rises: number): OutgoingMessage {
  const title = 'Watching PIM alerts again';
  const data: WatchRecoveredCardData = {
    title, sinceText: formatUtc(new Date(since)), recoveredText: formatUtc(new Date(recoveredAt)), gapText: durationText(recoveredAt - since),
    risesText: rises === 0
      ? 'No incidents rose on any PIM alert during the gap.'
      : `Incidents rose on ${rises} alert${rises === 1 ? '' : 's'} during the gap: notified separately, as usual.`,
  };
  return { card: renderTemplate('watch-recovered', data), summary: title };
}

/** "42 minutes", "3 h 5 min", "2 days 4 h". */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}
