import type { AccessLevel } from '../auth/access';
import type { BotTurn } from '../bot/bot-turn';

/** What follows the command name: the raw text and its words (quotes group words). */
export interface CommandInput {
  readonly text: string;
  readonly words: readonly string[];
}

/** One chat command. The router checks `access` before `handle` runs. */
export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  /** e.g. `alert <alert>`. */
  readonly usage: string;
  readonly access: AccessLevel;
  handle(turn: BotTurn, input: CommandInput): Promise<void>;
}
