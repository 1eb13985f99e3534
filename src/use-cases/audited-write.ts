import type { AuditEntry } from '../audit/audit-log';
import { channelRoot } from '../notifications/storage-keys';
import type { Turn } from './turn';
import { AppError, toAppError } from '../errors/app-error';
import { METRICS, telemetry } from '../telemetry/telemetry';
import type { UseCaseDeps } from './use-case-deps';
import type { RanAs } from '../delegation/write-credentials';
import type { PimAlerts } from '../pim/pim-alerts';

export interface AuditTarget {
  /** e.g. `dismiss`, `refresh`, `remediate`, `config`, `subscribe`. */
  readonly action: string;
  /** An id (alert, `alert/incident`, conversation): never raw user text. */
  readonly target: string;
  /** The readable line: "Dismissed 'Too many global administrators' (alert id …)". */
  readonly summary?: string;
}

type AuditDeps = Pick<UseCaseDeps, 'audit' | 'now' | 'logger'>;
type WriteDeps = AuditDeps & Pick<UseCaseDeps, 'writes'>;

function entryOf(deps: AuditDeps, turn: Turn, what: AuditTarget, result: AuditEntry['result'], detail?: string, ranAs?: RanAs): AuditEntry {
  return {
    time: new Date(deps.now()).toISOString(),
    actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    ...(ranAs ? { ranAs: { objectId: ranAs.objectId, upn: ranAs.upn } } : {}),
    action: what.action,
    target: what.target,
    result,
    summary: what.summary,
    detail,
    // A channel thread's id carries `;messageid=<root>`: the audit names the channel, where the action was taken.
    conversationId: channelRoot(turn.conversation.id),
    correlationId: turn.correlationId,
  };
}

/** Writes one audit entry; a failing audit log is logged, it never hides the user's result. */
export async function recordAudit(
  deps: AuditDeps, turn: Turn, what: AuditTarget, result: AuditEntry['result'], detail?: string, ranAs?: RanAs,
): Promise<void> {
  try {
    await deps.audit.record(entryOf(deps, turn, what, result, detail, ranAs));
  } catch (error) {
    telemetry().count(METRICS.auditWriteFailures, { action: what.action, result });
    deps.logger.error('audit record failed', { action: what.action, target: what.target, correlationId: turn.correlationId, error });
  }
}

/** Records `attempted` before a write; when that fails, the write does not happen (nothing unaudited changes). */
async function recordAttempt(deps: AuditDeps, turn: Turn, what: AuditTarget, ranAs?: RanAs): Promise<void> {
  try {
    await deps.audit.record(entryOf(deps, turn, what, 'attempted', undefined, ranAs));
  } catch (error) {
    telemetry().count(METRICS.auditWriteFailures, { action: what.action, result: 'attempted' });
    deps.logger.error('audit record failed; write not attempted', { action: what.action, target: what.target, correlationId: turn.correlationId, error });
    throw new AppError('internal', { userMessage: "I couldn't write to the audit trail, so I changed nothing. Try again in a minute; if it keeps happening, tell your administrator." });
  }
}

/**
 * Runs a write with its audit trail: `attempted` first (a write whose outcome is never recorded still
 * shows), then `succeeded`, or `failed` with the error code (then rethrows). `ranAs`: the signed-in user
 * the Graph call runs as (delegated), recorded on every entry.
 */
export async function audited<T>(deps: AuditDeps, turn: Turn, what: AuditTarget, work: () => Promise<T>, ranAs?: RanAs): Promise<T> {
  await recordAttempt(deps, turn, what, ranAs);
  try {
    const result = await work();
    await recordAudit(deps, turn, what, 'succeeded', undefined, ranAs);
    return result;
  } catch (error) {
    await recordAudit(deps, turn, what, 'failed', toAppError(error).code, ranAs);
    throw error;
  }
}

/**
 * A write to alert `alertId` with the credential of this turn (WRITE_MODE: the app's, or the clicking
 * user's delegated token for the alert's API: Graph or Resource Manager) and its audit trail. Throws
 * `signInRequired` / `azureSignInRequired` before anything is recorded when the user has to sign in first.
 */
export async function auditedWrite<T>(deps: WriteDeps, turn: Turn, what: AuditTarget, alertId: string, work: (pim: PimAlerts) => Promise<T>): Promise<T> {
  const writer = await deps.writes.forWrite(turn, alertId);
  return audited(deps, turn, what, () => work(writer.pim), writer.ranAs);
}
