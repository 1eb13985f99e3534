import { auditText } from '../audit/audit-entry-shape';
import { escapeCardText } from '../cards/escape-card-text';
import { AppError, toAppError } from '../errors/app-error';
import { isAlertId } from '../pim/ids';
import type { ActingUser } from '../auth/access';
import type { PimAlerts } from '../pim/pim-alerts';
import type { UserDirectory } from '../directory/user-directory';
import type { AuditTarget } from '../use-cases/audited-write';
import type { Turn } from '../use-cases/turn';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { textResult } from '../use-cases/use-case-result';
import { authorize } from './authorize';
import { closestNames } from './closest-names';
import { helpText } from './help-text';
import { splitWords } from './split-words';
import { accessLevelOf, type CardRoute, type CommandRoute, type Route } from './route';
import { failedResult, type RouteResult } from './route-result';
import { telemetry } from '../telemetry/telemetry';

/** What a user's turn reads Graph through: alerts and the user directory. */
export interface ChatReads {
  readonly pim: PimAlerts;
  readonly users: UserDirectory;
}

/** A request failing while the health check finds storage unreachable: the likely cause, not "something went wrong". */
const STORAGE_DOWN_ANSWER = 'I cannot reach my storage right now, so I cannot do that, and I am not watching PIM alerts either. Type **watch** for details.';

/** `help` (and empty or unknown text) is the router's fallback, not a route. */
export const HELP_COMMAND = 'help';

/**
 * Routes chat text (by its first word, case-insensitive) and card actions (by verb) to the route
 * table. Every request: authorize() first, then the handler; a failing handler becomes a readable
 * `failed` result, logged with the correlation id. Empty text gets the help, an unknown word the closest command, an unknown verb a failure.
 */
export class Router {
  private readonly byName = new Map<string, CommandRoute>();
  private readonly byVerb = new Map<string, CardRoute>();
  private readonly commands: readonly CommandRoute[];

  /** `readsFor`: the PimAlerts and directory a user's handlers read through (chat's Graph read limits); default: `deps` as given. */
  constructor(routes: readonly Route[], private readonly deps: UseCaseDeps, private readonly readsFor?: (user: ActingUser) => ChatReads) {
    this.commands = routes.filter((route): route is CommandRoute => route.kind === 'command');
    for (const command of this.commands) {
      for (const name of [command.name, ...(command.aliases ?? [])]) this.registerName(name.toLowerCase(), command);
    }
    for (const route of routes) if (route.kind === 'card') this.registerVerb(route);
  }

  verbs(): readonly string[] {
    return [...this.byVerb.keys()];
  }

  async command(turn: Turn, text: string): Promise<RouteResult> {
    const trimmed = text.trim();
    const [first = ''] = trimmed.split(/\s+/, 1);
    const command = this.byName.get(first.toLowerCase());
    if (!command) return this.help(first);
    const rest = trimmed.slice(first.length).trim();
    const input = { text: rest, words: splitWords(rest) };
    const refusal = await authorize(this.deps, turn, accessLevelOf(command.access, input), commandAuditTarget(command.name, rest));
    return refusal ?? this.run(turn, command.name, () => command.handle(this.depsFor(turn), turn, input));
  }

  async cardAction(turn: Turn, verb: unknown, data: unknown): Promise<RouteResult> {
    const route = typeof verb === 'string' ? this.byVerb.get(verb) : undefined;
    if (!route) return failedResult('unknownVerb', 'This button is not supported (any more). Type "alerts" for a fresh card.');
    const refusal = await authorize(this.deps, turn, route.access, cardAuditTarget(route.verb, data));
    return refusal ?? this.run(turn, route.verb, () => route.run(this.depsFor(turn), turn, data));
  }

  private depsFor(turn: Turn): UseCaseDeps {
    if (!this.readsFor) return this.deps;
    const reads = this.readsFor(turn.user);
    return { ...this.deps, pim: reads.pim, triage: { ...this.deps.triage, users: reads.users } };
  }

  private async run(turn: Turn, route: string, work: () => Promise<RouteResult>): Promise<RouteResult> {
    try {
      return await telemetry().span('turn', { 'pim.route': route }, work);
    } catch (error) {
      const appError = toAppError(error);
      const level = appError.code === 'internal' ? 'error' : 'warn';
      this.deps.logger[level]('request failed', { route, correlationId: turn.correlationId, code: appError.code, error });
      const storageDown = appError.code === 'internal' && !this.deps.watchHealth.status().storageReachable;
      return failedResult(appError.code, storageDown ? STORAGE_DOWN_ANSWER : appError.message);
    }
  }

  /** `help` (or nothing) gets the list; an unknown word a short answer with the closest command, never the whole list. */
  private help(first: string): RouteResult {
    if (first === '' || first.toLowerCase() === HELP_COMMAND || first === '?') return textResult(helpText(this.commands));
    const names = [HELP_COMMAND, ...this.byName.keys()];
    const [closest] = closestNames(first, names, (name) => [name]);
    const unknown = `I don't know "${escapeCardText(first, 40)}".`;
    return textResult(closest ? `${unknown} Did you mean **${closest}**? Type **help** for every command.` : `${unknown} Type **help** for every command.`);
  }

  private registerName(name: string, command: CommandRoute): void {
    if (name === HELP_COMMAND || this.byName.has(name)) {
      throw new AppError('internal', { userMessage: `Two commands are registered as "${name}".` });
    }
    this.byName.set(name, command);
  }

  private registerVerb(route: CardRoute): void {
    if (this.byVerb.has(route.verb)) throw new AppError('internal', { userMessage: `Two card actions handle "${route.verb}".` });
    this.byVerb.set(route.verb, route);
  }
}

/** The clicked card's alert id when it is a valid one; never the raw data (it could forge audit text). */
function cardAuditTarget(verb: string, data: unknown): AuditTarget {
  const alertId = (data as { alertId?: unknown } | null)?.alertId;
  if (alertId === undefined) return { action: verb, target: '-' };
  return { action: verb, target: isAlertId(alertId) ? alertId : 'invalid alert id' };
}

/** A refused command as audited: no target id (the text is unchecked), the typed words as one bounded line. */
function commandAuditTarget(name: string, rest: string): AuditTarget {
  return { action: name, target: '-', summary: `Typed: ${auditText(`${name} ${rest}`, 120)}` };
}
