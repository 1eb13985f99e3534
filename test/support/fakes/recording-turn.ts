import type { ActingUser } from '../../../src/auth/access';
import type { BotTurn } from '../../../src/bot/bot-turn';
import type { LaterHandle, TurnConversation } from '../../../src/use-cases/turn';
import type { OutgoingMessage } from '../../../src/cards/outgoing-message';

export const ADMIN: ActingUser = { id: '29:admin', name: 'Ada Admin', aadObjectId: '11111111-1111-1111-1111-111111111111' };
export const READER: ActingUser = { id: '29:reader', name: 'Rita Reader', aadObjectId: '22222222-2222-2222-2222-222222222222' };

/** A BotTurn that records everything handlers send, now and later. */
export class RecordingTurn implements BotTurn {
  readonly replies: OutgoingMessage[] = [];
  readonly updates: { activityId: string; message: OutgoingMessage }[] = [];
  readonly laterSends: OutgoingMessage[] = [];
  readonly laterUpdates: { activityId: string; message: OutgoingMessage }[] = [];
  readonly correlationId = 'activity-1';
  private nextId = 1;

  constructor(
    readonly user: ActingUser = ADMIN,
    readonly sourceMessageId?: string,
    readonly conversation: TurnConversation = { id: 'conv-1', type: 'personal', tenantId: 'tenant-1' },
  ) {}

  reply(message: OutgoingMessage): Promise<string> {
    this.replies.push(message);
    return Promise.resolve(`msg-${this.nextId++}`);
  }

  update(activityId: string, message: OutgoingMessage): Promise<void> {
    this.updates.push({ activityId, message });
    return Promise.resolve();
  }

  later(): LaterHandle {
    return {
      send: (message) => {
        this.laterSends.push(message);
        return Promise.resolve(`later-${this.nextId++}`);
      },
      update: (activityId, message) => {
        this.laterUpdates.push({ activityId, message });
        return Promise.resolve();
      },
    };
  }

  /** The texts of every text reply. */
  get texts(): string[] {
    return this.replies.flatMap((message) => ('text' in message && message.text !== undefined ? [message.text] : []));
  }

  /** Every card replied, as JSON text (for searching). */
  get cardsJson(): string[] {
    return this.replies.flatMap((message) => ('card' in message ? [JSON.stringify(message.card)] : []));
  }
}
