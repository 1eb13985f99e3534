import type { AccessLevel } from '../auth/access';
import type { BotTurn } from '../bot/bot-turn';
import type { Verb } from '../cards/verbs';
import type { FlowDeps } from './flows/flow-deps';
import type { FlowResult } from './flows/flow-result';

/** One card verb: its access level, strict data reader and handler. */
export interface CardAction<Data> {
  readonly verb: Verb;
  readonly access: AccessLevel;
  /** Throws AppError `invalidInput` for anything but the expected data. */
  parse(data: unknown): Data;
  handle(deps: FlowDeps, turn: BotTurn, data: Data): Promise<FlowResult>;
}

/** A card action as the router holds it: data parsed and handled in one step. */
export interface RegisteredAction {
  readonly verb: Verb;
  readonly access: AccessLevel;
  run(deps: FlowDeps, turn: BotTurn, data: unknown): Promise<FlowResult>;
}

export function defineAction<Data>(action: CardAction<Data>): RegisteredAction {
  return {
    verb: action.verb,
    access: action.access,
    run: (deps, turn, data) => action.handle(deps, turn, action.parse(data)),
  };
}
