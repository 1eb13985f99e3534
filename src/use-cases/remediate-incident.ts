import type { Turn } from './turn';
import { checkSelection } from './card-selection';
import { renderAlertCard } from '../cards/render-alert-card';
import { renderConfirmRemediation } from '../cards/render-confirm-remediation';
import { incidentMatches, summarizeIncident } from '../cards/incident-summary';
import { remediationDone, remediationTarget } from '../cards/remediation-effect';
import type { Alert, AlertIncident, AlertWithIncidents } from '../pim/model';
import { auditedWrite } from './audited-write';
import { withoutIncidents } from './alert-after-write';
import { needsSecondConfirmation, refusalOf, remediationSafeguards } from './remediation-safeguards';
import { readAlert, triageMarks, viewOptions, type UseCaseDeps } from './use-case-deps';
import { ALREADY_IN_PROGRESS, cardResult, type UseCaseResult } from './use-case-result';

export interface RemediationRequest {
  readonly alertId: string;
  /** An incident id, or (from chat) a user's name or UPN. */
  readonly incident: string;
  readonly page: number;
  /** True when a person typed `incident` (chat); false/absent for a button, whose incident id can only have vanished. */
  readonly typed?: boolean;
  /** The second Confirm a safeguard asked for (break-glass account, oneself, Global Administrators uncounted). */
  readonly acknowledged?: boolean;
}

/** How many incidents a "nothing matched" answer names. */
const MAX_CHOICES = 5;
export const GONE = 'That incident no longer exists (already remediated, or gone after a scan).';

/** Step 1: the confirmation card, or the alert's current state when the incident is gone. */
export async function askRemediation(deps: UseCaseDeps, turn: Turn, request: RemediationRequest): Promise<UseCaseResult> {
  const alert = await readAlert(deps, request.alertId);
  const matches = alert.incidents.filter((incident) => incidentMatches(incident, request.incident));
  const refusal = alertRefusal(alert) ?? (matches.length === 0 && request.typed ? noMatch(alert, request.incident) : matchRefusal(matches));
  if (refusal) return currentState(deps, turn, alert, request.page, refusal);
  const incident = matches[0]!;
  const safeguards = await remediationSafeguards(deps, turn, alert, [incident]);
  const step = refusalOf(safeguards) ? 'refused' : 'first';
  return cardResult(renderConfirmRemediation(alert, incident, { page: request.page, requestedBy: turn.user.name, step, warnings: safeguards.map((item) => item.text) }));
}

/** Step 2 (Confirm): re-reads Graph, applies the safeguards, remediates once (locked, audited), shows the alert without it. */
export async function confirmRemediation(deps: UseCaseDeps, turn: Turn, request: RemediationRequest): Promise<UseCaseResult> {
  const release = deps.locks.tryAcquire(`remediate:${request.alertId}/${request.incident}`);
  if (!release) return ALREADY_IN_PROGRESS;
  try {
    const alert = deps.alertCache.set(await deps.pim.getAlert(request.alertId));
    const refusal = alertRefusal(alert);
    const incident = refusal ? undefined : alert.incidents.find((item) => item.id === request.incident);
    if (!incident) return await currentState(deps, turn, alert, request.page, refusal ?? GONE);
    const safeguards = await remediationSafeguards(deps, turn, alert, [incident]);
    const options = { page: request.page, requestedBy: turn.user.name, warnings: safeguards.map((item) => item.text) };
    if (refusalOf(safeguards)) return cardResult(renderConfirmRemediation(alert, incident, { ...options, step: 'refused' }));
    if (needsSecondConfirmation(safeguards) && !request.acknowledged) return cardResult(renderConfirmRemediation(alert, incident, { ...options, step: 'second' }));
    const done = remediationDone(remediationTarget(alert, incident));
    const what = { action: 'remediate', target: `${request.alertId}/${incident.id}`, summary: `Remediated: ${done}` };
    await auditedWrite(deps, turn, what, request.alertId, (pim) => pim.remediateIncident(request.alertId, incident.id));
    const remaining = deps.alertCache.set(withoutIncidents(alert, [incident.id]));
    return await currentState(deps, turn, remaining, request.page, `Remediated by ${turn.user.name}: ${done}.`);
  } finally {
    release();
  }
}

/** Cancel: the alert card as it is now, on the page the user was on. */
/** Cancel: the alert card, with the incidents a bulk confirmation named still selected (card data: checked against the alert). */
export async function cancelRemediation(deps: UseCaseDeps, turn: Turn, alertId: string, page: number, picked: readonly string[] = []): Promise<UseCaseResult> {
  const alert = await readAlert(deps, alertId);
  const selection = checkSelection(alert, picked);
  return currentState(deps, turn, alert, page, selection.notice, selection.ids);
}

export function alertRefusal(alert: Alert): string | undefined {
  if (alert.definition?.isRemediatable !== true) return "This alert can't be remediated automatically; follow its mitigation steps instead.";
  if (!alert.isActive) return 'This alert is dismissed; refresh it to see whether its incidents still apply.';
  return undefined;
}

/** Typed text that names no incident: say so and list what can be named (never "no longer exists"). */
function noMatch(alert: AlertWithIncidents, query: string): string {
  const asked = `No incident of this alert matches "${query.slice(0, 80)}".`;
  if (alert.incidents.length === 0) return `${asked} It has no incidents now.`;
  const shown = alert.incidents.slice(0, MAX_CHOICES).map((item) => summarizeIncident(item).subject);
  const more = alert.incidents.length - shown.length;
  return `${asked} Choose one by name, UPN or incident id: ${shown.join('; ')}${more > 0 ? `; and ${more} more (see the list below)` : ''}.`;
}

function matchRefusal(matches: readonly AlertIncident[]): string | undefined {
  if (matches.length === 0) return GONE;
  if (matches.length === 1) return undefined;
  const listed = matches.slice(0, 5).map((item) => `${summarizeIncident(item).subject} (id ${item.id})`).join(', ');
  return `More than one incident matches: ${listed}. Use the incident id.`;
}

/** The alert card as it is now, with a line saying why nothing was asked; `selected` keeps a card selection (checked ids) ticked. */
export async function currentState(
  deps: UseCaseDeps, turn: Turn, alert: AlertWithIncidents, page: number, notice?: string, selected?: readonly string[],
): Promise<UseCaseResult> {
  const view = await viewOptions(deps, turn.user);
  return cardResult(renderAlertCard(alert, {
    ...view, now: new Date(deps.now()), page, notice, ...(selected ? { selected } : {}), triage: await triageMarks(deps, turn, alert, page),
  }));
}
