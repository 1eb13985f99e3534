import type { AccessLevel } from '../auth/access';
import { recordAudit, type AuditTarget } from '../use-cases/audited-write';
import type { Turn } from '../use-cases/turn';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { refusedResult, type RouteResult } from './route-result';

/**
 * The one access check of every command and card action, before any input is used. Allowed:
 * undefined. Refused: the answer for the user (the policy's reason); a refused write is recorded in
 * the audit log as `refused`.
 */
export async function authorize(
  deps: Pick<UseCaseDeps, 'access' | 'audit' | 'now' | 'logger'>, turn: Turn, level: AccessLevel, what: AuditTarget,
): Promise<RouteResult | undefined> {
  const decision = await deps.access.check(turn.user, level);
  if (decision.allowed) return undefined;
  if (level === 'write') await recordAudit(deps, turn, what, 'refused');
  return refusedResult(decision.reason);
}
