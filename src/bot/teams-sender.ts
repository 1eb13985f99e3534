import type { OutgoingMessage } from '../cards/outgoing-message';
import type { ConversationAddress } from '../notifications/conversation-address';
import type { MessageSender, SendResult } from '../notifications/message-sender';
import { readSendFailure } from '../notifications/send-failure-reader';
import { referenceOf, sendMessage, type ContinuationAdapter } from './teams-activity';

/** The Bot Framework side of proactive messaging: one `continueConversationAsync` per send, no retries. */
export class TeamsSender implements MessageSender {
  constructor(
    private readonly adapter: ContinuationAdapter,
    private readonly botAppId: string,
  ) {}

  async send(address: ConversationAddress, message: OutgoingMessage): Promise<SendResult> {
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, referenceOf(address), async (context) => {
        activityId = (await sendMessage(context, message)) || undefined;
      });
      return { ok: true, activityId };
    } catch (error: unknown) {
      return readSendFailure(error);
    }
  }
}
