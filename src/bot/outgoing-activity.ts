import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { OutgoingMessage } from '../cards/outgoing-message';

/** A handler's message as a Bot Framework activity: text, or an Adaptive Card attachment. */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (!('card' in message)) return MessageFactory.text(message.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  if (message.text !== undefined) activity.text = message.text;
  if (message.summary !== undefined) activity.summary = message.summary;
  return activity;
}
