import type { OutgoingMessage } from '../cards/outgoing-message';
import type { Turn } from '../use-cases/turn';

/** A Turn that can also answer now: only src/bot/ replies and updates, from a route's result. */
export interface BotTurn extends Turn {
  /** Sends a message; resolves to its activity id. */
  reply(message: OutgoingMessage): Promise<string>;
  update(activityId: string, message: OutgoingMessage): Promise<void>;
}
