import { recordAudit } from '../use-cases/audited-write';
import type { AccessPolicy } from '../auth/access';
import type { AuditLog } from '../auth/audit-log';
import type { BotTurn } from '../bot/bot-turn';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { PimAlerts } from '../pim/pim-alerts';
import type { TriageServices } from './triage-services';

/** What the triage chat commands need. */
export interface TriageCommandDeps {
  readonly triage: TriageServices;
  readonly pim: PimAlerts;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now: () => Date;
}

/**
 * The commands are readable by readers (lists); their changing subcommands need write access, checked
 * here per subcommand. A refusal is audited and answered with the policy's reason.
 */
export async function requireWrite(deps: TriageCommandDeps, turn: BotTurn, action: string, target: string): Promise<void> {
  const decision = await deps.access.check(turn.user, 'write');
  if (decision.allowed) return;
  await recordAudit(deps, turn, { action, target: target.slice(0, 200) || '-' }, 'refused');
  throw new AppError('userNotAllowed', { userMessage: decision.reason });
}

/** Writes the audit entry of a triage change that succeeded. */
export function auditChange(deps: TriageCommandDeps, turn: BotTurn, action: string, target: string, detail?: string): Promise<void> {
  return recordAudit(deps, turn, { action, target }, 'succeeded', detail);
}
