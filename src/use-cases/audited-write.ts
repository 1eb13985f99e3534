import type { AuditEntry } from '../audit/audit-log';
import type { Turn } from './turn';
import { AppError, toAppError } from '../errors/app-error';
import type { UseCaseDeps } from './use-case-deps';

export interface AuditTarget {
  /** e.g. `dismiss`, `refresh`, `remediate`, `config`, `subscribe`. */
  readonly action: string;
  /** An id (alert, `alert/incident`, conversation): never raw user text. */
  readonly target: string;
  /** The readable line: "Dismissed 'Too many global administrators' (alert id …)". */
  readonly summary?: string;
}

type AuditDeps = Pick<UseCaseDeps, 'audit' | 'now' | 'logger'>;

function entryOf(deps: AuditDeps, turn: Turn, what: AuditTarget, result: AuditEntry['result'], detail?: string): AuditEntry {
  return {
    time: new Date(deps.now()).toISOString(),
    actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    action: what.action,
    target: what.target,
    result,
    summary: what.summary,
    detail,
    conversationId: turn.conversation.id,
    correlationId: turn.correlationId,
  };
}

/** Writes one audit entry; a failing audit log is logged, it never hides the user's result. */
export async function recordAudit(deps: AuditDeps, turn: Turn, what: AuditTarget, result: AuditEntry['result'], detail?: string): Promise<void> {
  try {
    await deps.audit.record(entryOf(deps, turn, what, result, detail));
  } catch (error) {
    deps.logger.error('audit record failed', { action: what.action, target: what.target, correlationId: turn.correlationId, error });
  }
}

/** Records `attempted` before a write; when that fails, the write does not happen (nothing unaudited changes). */
async function recordAttempt(deps: AuditDeps, turn: Turn, what: AuditTarget): Promise<void> {
  try {
    await deps.audit.record(entryOf(deps, turn, what, 'attempted'));
  } catch (error) {
    deps.logger.error('audit record failed; write not attempted', { action: what.action, target: what.target, correlationId: turn.correlationId, error });
    throw new AppError('internal', { userMessage: "I couldn't write to the audit trail, so I changed nothing. Try again in a minute; if it keeps happening, tell your administrator." });
  }
}

/**
 * Runs a write with its audit trail: `attempted` first (a write whose outcome is never recorded still
 * shows), then `succeeded`, or `failed` with the error code (then rethrows).
 */
export async function audited<T>(deps: AuditDeps, turn: Turn, what: AuditTarget, work: () => Promise<T>): Promise<T> {
  await recordAttempt(deps, turn, what);
  try {
    const result = await work();
    await recordAudit(deps, turn, what, 'succeeded');
    return result;
  } catch (error) {
    await recordAudit(deps, turn, what, 'failed', toAppError(error).code);
    throw error;
  }
}
