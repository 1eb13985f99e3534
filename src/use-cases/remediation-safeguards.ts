import { alertDisplayName } from '../cards/alert-headline';
import { GLOBAL_ADMINISTRATOR, remediationTarget, removesGlobalAdministrator } from '../cards/remediation-effect';
import { isAppError } from '../errors/app-error';
import type { AlertKey } from '../pim/alert-catalog';
import type { AlertIncident, AlertWithIncidents } from '../pim/model';
import type { Turn } from './turn';
import type { UseCaseDeps } from './use-case-deps';

/**
 * Why a remediation is dangerous: `self` (the clicking admin is the one who loses the role),
 * `breakGlass` (an excluded emergency-access account), `lastGlobalAdmin` (no Global Administrator the
 * tenant's "too many global administrators" alert knows of would remain: refused), `globalAdminsUncounted`
 * (a Global Administrator goes and nothing tells how many remain).
 */
export interface Safeguard {
  readonly kind: 'self' | 'breakGlass' | 'lastGlobalAdmin' | 'globalAdminsUncounted';
  readonly text: string;
}

const GLOBAL_ADMINS_ALERT: AlertKey = 'TooManyGlobalAdminsAssignedToTenantAlert';

/** The safeguards that apply when `turn.user` remediates `incidents` of `alert` together. */
export async function remediationSafeguards(
  deps: UseCaseDeps, turn: Turn, alert: AlertWithIncidents, incidents: readonly AlertIncident[],
): Promise<Safeguard[]> {
  const excluded = await deps.triage.matcher.excludedIncidentIds(incidents);
  const found: Safeguard[] = [];
  for (const incident of incidents) {
    const target = remediationTarget(alert, incident);
    if (target.change !== 'removeRole') continue;
    if (isSelf(turn, incident)) {
      found.push({ kind: 'self', text: `This is you (${turn.user.name}): you lose ${target.role} yourself, and may lose the access you need to undo it.` });
    }
    if (excluded.has(incident.id)) {
      found.push({ kind: 'breakGlass', text: `${target.subject} is excluded as a break-glass (emergency access) account: without its ${target.role} role, no one may be able to get back in during an outage.` });
    }
  }
  const leaving = incidents.filter((incident) => removesGlobalAdministrator(alert, incident));
  if (leaving.length > 0) found.push(...(await globalAdminSafeguard(deps, alert, leaving)));
  return found;
}

/** Refused when any safeguard forbids it; the refusal text. */
export function refusalOf(safeguards: readonly Safeguard[]): string | undefined {
  return safeguards.find((item) => item.kind === 'lastGlobalAdmin')?.text;
}

/** True when Confirm must be clicked a second time (every safeguard that does not refuse). */
export function needsSecondConfirmation(safeguards: readonly Safeguard[]): boolean {
  return safeguards.some((item) => item.kind !== 'lastGlobalAdmin');
}

function isSelf(turn: Turn, incident: AlertIncident): boolean {
  const me = turn.user.aadObjectId?.toLowerCase();
  return me !== undefined && incident.assigneeId?.toLowerCase() === me;
}

/**
 * The Global Administrators left after `leaving` go, as the "too many global administrators" alert lists
 * them (its incidents are the accounts assigned Global Administrator). No list to count: ask twice.
 */
async function globalAdminSafeguard(deps: UseCaseDeps, alert: AlertWithIncidents, leaving: readonly AlertIncident[]): Promise<Safeguard[]> {
  const admins = await globalAdmins(deps, alert);
  const names = leaving.map((incident) => remediationTarget(alert, incident).subject).join(', ');
  if (!admins || admins.size === 0) {
    return [{ kind: 'globalAdminsUncounted', text: `I can't count the ${GLOBAL_ADMINISTRATOR}s that would remain (the "too many global administrators" alert lists none now). Go ahead only if someone besides ${names} keeps ${GLOBAL_ADMINISTRATOR}.` }];
  }
  for (const incident of leaving) admins.delete(assigneeKey(incident));
  if (admins.size > 0) return [];
  return [{ kind: 'lastGlobalAdmin', text: `Refused: removing ${names} would leave no ${GLOBAL_ADMINISTRATOR} that the "too many global administrators" alert knows of. Keep at least one; assign another ${GLOBAL_ADMINISTRATOR} first.` }];
}

/** The assignees of the active "too many global administrators" alert, or undefined when it cannot be read or is not active. */
async function globalAdmins(deps: UseCaseDeps, alert: AlertWithIncidents): Promise<Set<string> | undefined> {
  const id = alert.id.replace(/_[A-Za-z0-9]+$/, `_${GLOBAL_ADMINS_ALERT}`);
  try {
    const source = alert.alertKey === GLOBAL_ADMINS_ALERT ? alert : await deps.pim.getAlert(id);
    return source.isActive ? new Set(source.incidents.map(assigneeKey)) : undefined;
  } catch (error) {
    if (isAppError(error) && error.code === 'notFound') return undefined;
    deps.logger.warn('could not read the global administrators alert for a safeguard', { alert: alertDisplayName(alert), error });
    return undefined;
  }
}

const assigneeKey = (incident: AlertIncident): string => (incident.assigneeId ?? incident.id).toLowerCase();
