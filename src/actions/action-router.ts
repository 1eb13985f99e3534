import type { BotTurn } from '../bot/bot-turn';
import { AppError, toAppError } from '../errors/app-error';
import { isAlertId } from '../pim/ids';
import type { RegisteredAction } from './card-action';
import { recordAudit } from '../use-cases/audited-write';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { errorInvoke, flowInvoke, messageInvoke, type InvokeResult } from './invoke-result';

/**
 * Routes card actions by verb. Unknown verb → 400; access is checked before the data is even read;
 * bad data → 400 with a readable message; a failing handler → an error the user can read, logged
 * with the correlation id.
 */
export class ActionRouter {
  private readonly byVerb = new Map<string, RegisteredAction>();

  constructor(actions: readonly RegisteredAction[], private readonly deps: UseCaseDeps) {
    for (const action of actions) {
      if (this.byVerb.has(action.verb)) throw new AppError('internal', { userMessage: `Two card actions handle "${action.verb}".` });
      this.byVerb.set(action.verb, action);
    }
  }

  verbs(): readonly string[] {
    return [...this.byVerb.keys()];
  }

  async handle(turn: BotTurn, verb: unknown, data: unknown): Promise<InvokeResult> {
    const action = typeof verb === 'string' ? this.byVerb.get(verb) : undefined;
    if (!action) return errorInvoke('unknownVerb', 'This button is not supported (any more). Type "alerts" for a fresh card.');
    const decision = await this.deps.access.check(turn.user, action.access);
    if (!decision.allowed) {
      if (action.access === 'write') await recordAudit(this.deps, turn, { action: action.verb, target: auditTarget(data) }, 'refused');
      return messageInvoke(decision.reason);
    }
    try {
      return flowInvoke(await action.run(this.deps, turn, data));
    } catch (error) {
      const appError = toAppError(error);
      this.deps.logger.error('card action failed', { verb: action.verb, correlationId: turn.correlationId, code: appError.code, error });
      return errorInvoke(appError.code, appError.message);
    }
  }
}

/** The clicked card's alert id when it is a valid one; never the raw data (it could forge audit text). */
function auditTarget(data: unknown): string {
  const alertId = (data as { alertId?: unknown } | null)?.alertId;
  if (alertId === undefined) return '-';
  return isAlertId(alertId) ? alertId : 'invalid alert id';
}
