import type { OutgoingMessage } from '../cards/outgoing-message';
import type { CardPayload } from '../cards/card-payload';
import { renderTemplate } from '../cards/card-template';
import { DEFAULT_SEVERITY_FLOOR, SEVERITY_FLOORS, type SeverityFloor } from './severity-floor';

/** The card posted in a team's General channel when the bot is added: what it does, and Subscribe. */
export function renderWelcomeCard(): OutgoingMessage {
  const card = renderTemplate('welcome-team', {
    intro: 'I bring Microsoft Entra PIM security alerts into Teams. Mention me with "alerts" to see them, or "help" for everything I can do.',
    howTo: `Subscribe this channel to get a post whenever incidents rise on a PIM alert (severity ${DEFAULT_SEVERITY_FLOOR} and above; ` +
      `"subscribe high" for fewer). Only PIM administrators can subscribe.`,
    subscribeTitle: 'Subscribe this channel',
    minimumSeverity: DEFAULT_SEVERITY_FLOOR,
  });
  return { card };
}

/** The card that replaces the welcome card once the channel is subscribed. */
export function renderSubscribedCard(floor: SeverityFloor, byName: string): CardPayload {
  const which = floor === SEVERITY_FLOORS[0] ? 'any severity' : `severity ${floor} and above`;
  return renderTemplate('notification-subscribed', {
    text: `Subscribed by ${byName}: this channel is notified when incidents rise on PIM alerts of ${which}. Mention me with "unsubscribe" to stop.`,
  });
}
