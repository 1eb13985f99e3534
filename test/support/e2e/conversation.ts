import type { StreamEvent } from '../playground/activity-stream';
import { cardOf, findAction, shows } from './card-query';
import type { E2eStack } from './e2e-stack';

/** One Playground conversation (personal chat, group chat or channel) as seen by one user. */
export class Conversation {
  constructor(
    private readonly stack: E2eStack,
    readonly id: string,
    readonly userId: string,
    private readonly mention = false,
  ) {}

  as(userId: string): Conversation {
    return new Conversation(this.stack, this.id, userId, this.mention);
  }

  /** Types `text` (with an @mention of the bot when needed) and waits for a reply showing `expected`. */
  async say(text: string, expected: string | RegExp, timeoutMs = 15_000): Promise<StreamEvent> {
    this.stack.stream.clear();
    const sent = await this.stack.client.send(this.id, this.userId, text, this.mention ? { mention: this.stack.config.bot } : {});
    const where = sent.postConversationId ?? this.id;
    return this.stack.stream.waitFor((event) => shows(event, where, expected), timeoutMs, `a reply to "${text}" showing ${String(expected)}`);
  }

  /** Clicks the button `verb` (optionally the one titled `title`) on the card of `event`; returns the invoke reply. */
  async click(event: StreamEvent, verb: string, title?: string): Promise<{ type?: string; value?: unknown }> {
    const action = findAction(cardOf(event), verb, title);
    this.stack.stream.clear();
    return this.stack.client.execute(threadOf(event), this.userId, event.message!.messageId, verb, action.data);
  }

  /** Sends an `Action.Execute` of `verb` with `data` from the card of `event`, button or not (a forged click). */
  async execute(event: StreamEvent, verb: string, data: unknown): Promise<{ type?: string; value?: unknown }> {
    this.stack.stream.clear();
    return this.stack.client.execute(threadOf(event), this.userId, event.message!.messageId, verb, data);
  }

  /** Waits for the card of `event` to be updated in place to one showing `expected`. */
  updated(event: StreamEvent, expected: string | RegExp, timeoutMs = 15_000): Promise<StreamEvent> {
    const id = event.message!.messageId;
    return this.stack.stream.waitFor(
      (update) => update.action === 'updateMessage' && update.message?.messageId === id && shows(update, event.actionConversationId, expected),
      timeoutMs, `an update of message ${id} showing ${String(expected)}`,
    );
  }
}

/** Where a click on the message comes from: its channel thread (`…;messageid=…`) when it started one, as in Teams. */
function threadOf(event: StreamEvent): string {
  return event.message?.postConversationId ?? event.actionConversationId;
}
