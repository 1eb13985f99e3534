import { CardFactory, MessageFactory, type Activity, type CloudAdapter } from 'botbuilder';
import type { OutgoingMessage } from '../cards/outgoing-message';
import type { StoredReference } from '../bot/conversation-events';
import type { MessageSender, SendResult } from './message-sender';
import { readSendFailure } from './send-failure-reader';

/** The botbuilder edge of proactive messaging: one `continueConversationAsync` per send, no retries. */
export class TeamsSender implements MessageSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(reference: StoredReference, message: OutgoingMessage): Promise<SendResult> {
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        activityId = (await context.sendActivity(toActivity(message)))?.id;
      });
      return { ok: true, activityId };
    } catch (error: unknown) {
      return readSendFailure(error);
    }
  }
}

function toActivity(message: OutgoingMessage): Partial<Activity> {
  if (!('card' in message)) return MessageFactory.text(message.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card), message.text);
  if (message.summary !== undefined) activity.summary = message.summary;
  return activity;
}
