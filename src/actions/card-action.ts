import type { AccessLevel } from '../auth/access';
import type { BotTurn } from '../bot/bot-turn';
import type { Verb } from '../cards/verbs';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { UseCaseResult } from '../use-cases/use-case-result';

/** One card verb: its access level, strict data reader and handler. */
export interface CardAction<Data> {
  readonly verb: Verb;
  readonly access: AccessLevel;
  /** Throws AppError `invalidInput` for anything but the expected data. */
  parse(data: unknown): Data;
  handle(deps: UseCaseDeps, turn: BotTurn, data: Data): Promise<UseCaseResult>;
}

/** A card action as the router holds it: data parsed and handled in one step. */
export interface RegisteredAction {
  readonly verb: Verb;
  readonly access: AccessLevel;
  run(deps: UseCaseDeps, turn: BotTurn, data: unknown): Promise<UseCaseResult>;
}

export function defineAction<Data>(action: CardAction<Data>): RegisteredAction {
  return {
    verb: action.verb,
    access: action.access,
    run: (deps, turn, data) => action.handle(deps, turn, action.parse(data)),
  };
}
