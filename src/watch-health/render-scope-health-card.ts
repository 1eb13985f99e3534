import type { OutgoingMessage } from '../cards/outgoing-message';
import { renderTemplate } from '../cards/card-template';
import { escapeCardText } from '../cards/escape-card-text';
import { formatUtc } from '../cards/relative-time';
import { durationText, type WatchDownCardData, type WatchRecoveredCardData } from './render-health-card';
import { unreadScopeAdvice, unreadScopeReason } from './unread-scope-note';
import type { ScopeReadFailure } from '../pim/sources/scope-read-failures';

/** One card per outage of one Azure subscription (the watch-down template): why, since when, what to do. */
export function renderScopeDown(failure: Pick<ScopeReadFailure, 'displayName' | 'code' | 'status'>, since: number, now: number, lastReadAt: number | undefined): OutgoingMessage {
  const name = escapeCardText(failure.displayName, 200);
  const title = `Not watching the PIM alerts of Azure subscription ${name}`;
  const data: WatchDownCardData = {
    title,
    what: `The bot cannot read this subscription's PIM alerts (${unreadScopeReason(failure)}). The other subscriptions and the Entra alerts are watched as usual.`,
    sinceText: lastReadAt === undefined ? 'none since the bot started' : formatUtc(new Date(lastReadAt)),
    forText: durationText(now - since),
    todo: unreadScopeAdvice(failure),
    footer: 'Until it is read again, new incidents of this subscription are not posted and "alerts" shows its last known alerts. One more card follows when it is read again.',
    links: [],
  };
  return { card: renderTemplate('watch-down', data), summary: `Not watching Azure subscription ${failure.displayName}` };
}

/** The "read again" card of one Azure subscription (the watch-recovered template). */
export function renderScopeRecovered(displayName: string, since: number, recoveredAt: number): OutgoingMessage {
  const title = `Watching the PIM alerts of Azure subscription ${escapeCardText(displayName, 200)} again`;
  const data: WatchRecoveredCardData = {
    title, sinceText: formatUtc(new Date(since)), recoveredText: formatUtc(new Date(recoveredAt)), gapText: durationText(recoveredAt - since),
    risesText: 'Incidents that rose there during the gap are posted as usual by the poll that read it again.',
  };
  return { card: renderTemplate('watch-recovered', data), summary: `Watching Azure subscription ${displayName} again` };
}
