import type { OutgoingMessage } from '../../../src/cards/outgoing-message';
import type { ConversationAddress } from '../../../src/notifications/conversation-address';
import type { MessageSender, SendResult } from '../../../src/notifications/message-sender';

export interface SentMessage {
  readonly conversationId: string;
  readonly message: OutgoingMessage;
  readonly at: number;
}

/** Decides one attempt's result; default: delivered. */
export type Responder = (conversationId: string, attempt: number) => SendResult | Promise<SendResult>;

/** A MessageSender that records every attempt (with the clock's time) and answers as told. */
export class RecordingSender implements MessageSender {
  readonly attempts: SentMessage[] = [];
  readonly delivered: SentMessage[] = [];
  private readonly perConversation = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    public responder: Responder = () => ({ ok: true }),
  ) {}

  async send(reference: ConversationAddress, message: OutgoingMessage): Promise<SendResult> {
    const conversationId = reference.conversation?.id ?? '?';
    const attempt = (this.perConversation.get(conversationId) ?? 0) + 1;
    this.perConversation.set(conversationId, attempt);
    const sent = { conversationId, message, at: this.now() };
    this.attempts.push(sent);
    const result = await this.responder(conversationId, attempt);
    if (result.ok) this.delivered.push(sent);
    return result;
  }

  deliveredTo(conversationId: string): number {
    return this.delivered.filter((sent) => sent.conversationId === conversationId).length;
  }
}
