import type { AuditEntry } from '../auth/audit-log';
import type { BotTurn } from '../bot/bot-turn';
import { toAppError } from '../errors/app-error';
import type { UseCaseDeps } from './use-case-deps';

export interface AuditTarget {
  /** e.g. `dismiss`, `refresh`, `remediate`, `config`. */
  readonly action: string;
  readonly target: string;
}

/** Writes one audit entry; a failing audit log is logged, it never hides the user's result. */
export async function recordAudit(
  deps: Pick<UseCaseDeps, 'audit' | 'now' | 'logger'>, turn: BotTurn, what: AuditTarget, result: AuditEntry['result'], detail?: string,
): Promise<void> {
  const entry: AuditEntry = {
    time: deps.now().toISOString(),
    actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    action: what.action,
    target: what.target,
    result,
    detail,
    conversationId: turn.conversation.id,
    correlationId: turn.correlationId,
  };
  try {
    await deps.audit.record(entry);
  } catch (error) {
    deps.logger.error('audit record failed', { action: what.action, target: what.target, correlationId: turn.correlationId, error });
  }
}

/** Runs a PIM write and records `succeeded`, or `failed` with the error code (then rethrows). */
export async function audited<T>(deps: UseCaseDeps, turn: BotTurn, what: AuditTarget, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await recordAudit(deps, turn, what, 'succeeded');
    return result;
  } catch (error) {
    await recordAudit(deps, turn, what, 'failed', toAppError(error).code);
    throw error;
  }
}
