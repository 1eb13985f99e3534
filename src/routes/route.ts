import type { AccessLevel } from '../auth/access';
import type { Verb } from '../cards/verbs';
import type { Turn } from '../use-cases/turn';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { UseCaseResult } from '../use-cases/use-case-result';

/** What follows a command's name: the raw text and its words (quotes group words). */
export interface CommandInput {
  readonly text: string;
  readonly words: readonly string[];
}

/** A fixed access level, or one that depends on the input (e.g. `config x` reads, `config x a=1` writes). */
export type RouteAccess<Input> = AccessLevel | ((input: Input) => AccessLevel);

/** A chat command: its name, aliases and help line, access level, and handler. */
export interface CommandRoute {
  readonly kind: 'command';
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  /** e.g. `alert <alert>`. */
  readonly usage: string;
  readonly access: RouteAccess<CommandInput>;
  handle(deps: UseCaseDeps, turn: Turn, input: CommandInput): Promise<UseCaseResult>;
}

/** A card button's verb, as the router holds it: data read strictly, then handled. */
export interface CardRoute {
  readonly kind: 'card';
  readonly verb: Verb;
  readonly access: AccessLevel;
  run(deps: UseCaseDeps, turn: Turn, data: unknown): Promise<UseCaseResult>;
}

export type Route = CommandRoute | CardRoute;

/** One card verb: its access level, strict data reader (throws AppError `invalidInput`) and handler. */
export interface CardRouteSpec<Data> {
  readonly verb: Verb;
  readonly access: AccessLevel;
  parse(data: unknown): Data;
  handle(deps: UseCaseDeps, turn: Turn, data: Data): Promise<UseCaseResult>;
}

export function commandRoute(spec: Omit<CommandRoute, 'kind'>): CommandRoute {
  return { kind: 'command', ...spec };
}

export function cardRoute<Data>(spec: CardRouteSpec<Data>): CardRoute {
  return { kind: 'card', verb: spec.verb, access: spec.access, run: (deps, turn, data) => spec.handle(deps, turn, spec.parse(data)) };
}

export function accessLevelOf<Input>(access: RouteAccess<Input>, input: Input): AccessLevel {
  return typeof access === 'function' ? access(input) : access;
}
