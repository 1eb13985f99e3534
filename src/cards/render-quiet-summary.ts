import type { OutgoingMessage } from './outgoing-message';
import type { HeldNotification } from '../notifications/cycle-hooks';
import { renderTemplate } from './card-template';
import { escapeCardText } from './escape-card-text';
import { formatUtc } from './relative-time';
import { severityStyle } from './severity-style';

/** How many held notifications the summary lists; the rest are counted. */
export const MAX_HELD_LISTED = 20;

/** The one message that replaces the notifications held during quiet hours. */
/** `mentionNeeded`: posted into a channel or group chat, where the bot hears only messages that mention it. */
export function renderQuietSummary(held: readonly HeldNotification[], mentionNeeded = false): OutgoingMessage {
  const listed = held.slice(0, MAX_HELD_LISTED);
  const more = held.length - listed.length;
  const title = `${held.length} notification${held.length === 1 ? ' was' : 's were'} held during quiet hours`;
  const card = renderTemplate('quiet-summary', {
    headline: 'Quiet hours are over',
    title,
    items: listed.map((item) => {
      const severity = severityStyle(item.severity);
      return { text: escapeCardText(item.text, 400), when: `Held ${formatUtc(new Date(item.heldAt))}`, severityText: severity.text, severityColor: severity.color };
    }),
    more: more > 0 ? [{ text: `…and ${more} more.` }] : [],
    ask: askForAlerts(mentionNeeded),
  });
  return { card, summary: `${title}.` };
}

/** The bot's name as Teams shows it (the manifest's short name): how a mention is typed in a channel or group chat. */
export const BOT_MENTION = '@PIM Alerts';

/** How to ask for the current state here: in a channel or group chat the bot hears only messages that mention it. */
export function askForAlerts(mentionNeeded: boolean): string {
  return !mentionNeeded ? 'Type "alerts" for the current state.' : `Type "${BOT_MENTION} alerts" (mention me) for the current state.`;
}
