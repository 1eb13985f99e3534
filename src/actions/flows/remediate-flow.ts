import type { BotTurn } from '../../bot/bot-turn';
import { renderAlertCard } from '../../cards/render-alert-card';
import { remediationQuestion, renderConfirmRemediation } from '../../cards/render-confirm-remediation';
import { incidentMatches, summarizeIncident } from '../../cards/incident-summary';
import type { AlertIncident, AlertWithIncidents } from '../../pim/model';
import { audited } from './audited';
import { viewOptions, type FlowDeps } from './flow-deps';
import { ALREADY_IN_PROGRESS, cardResult, type FlowResult } from './flow-result';

export interface RemediationRequest {
  readonly alertId: string;
  /** An incident id, or (from chat) a user's name or UPN. */
  readonly incident: string;
  readonly page: number;
}

/** Step 1: the confirmation card, or the alert's current state when the incident is gone. */
export async function askRemediation(deps: FlowDeps, turn: BotTurn, request: RemediationRequest): Promise<FlowResult> {
  const alert = await deps.pim.getAlert(request.alertId);
  const matches = alert.incidents.filter((incident) => incidentMatches(incident, request.incident));
  const refusal = remediationRefusal(alert, matches);
  if (refusal) return currentState(deps, turn, alert, request.page, refusal);
  return cardResult(renderConfirmRemediation(alert, matches[0]!, request.page));
}

/** Step 2 (Confirm): re-checks the current state, remediates once (locked, audited), shows the result. */
export async function confirmRemediation(deps: FlowDeps, turn: BotTurn, request: RemediationRequest): Promise<FlowResult> {
  const release = deps.locks.tryAcquire(`remediate:${request.alertId}/${request.incident}`);
  if (!release) return ALREADY_IN_PROGRESS;
  try {
    const alert = await deps.pim.getAlert(request.alertId);
    const matches = alert.incidents.filter((incident) => incident.id === request.incident);
    const refusal = remediationRefusal(alert, matches);
    if (refusal) return await currentState(deps, turn, alert, request.page, refusal);
    const incident = matches[0]!;
    const target = { action: 'remediate', target: `${alert.id}/${incident.id}` };
    await audited(deps, turn, target, () => deps.pim.remediateIncident(alert.id, incident.id));
    const remaining = { ...alert, incidents: alert.incidents.filter((item) => item.id !== incident.id) };
    const done = `Remediated by ${turn.user.name}: ${remediationQuestion(incident).replace(/\?$/, '')} (done).`;
    return await currentState(deps, turn, remaining, request.page, done);
  } finally {
    release();
  }
}

/** Cancel: the alert card as it is now, on the page the user was on. */
export async function cancelRemediation(deps: FlowDeps, turn: BotTurn, alertId: string, page: number): Promise<FlowResult> {
  return currentState(deps, turn, await deps.pim.getAlert(alertId), page);
}

function remediationRefusal(alert: AlertWithIncidents, matches: readonly AlertIncident[]): string | undefined {
  if (alert.definition?.isRemediatable !== true) return "This alert can't be remediated automatically; follow its mitigation steps instead.";
  if (!alert.isActive) return 'This alert is dismissed; refresh it to see whether its incidents still apply.';
  if (matches.length === 0) return 'That incident no longer exists (already remediated, or gone after a scan).';
  if (matches.length > 1) {
    return `More than one incident matches: ${matches.slice(0, 5).map((item) => `${summarizeIncident(item).subject} (id ${item.id})`).join(', ')}. Use the incident id.`;
  }
  return undefined;
}

async function currentState(deps: FlowDeps, turn: BotTurn, alert: AlertWithIncidents, page: number, notice?: string): Promise<FlowResult> {
  const view = await viewOptions(deps, turn.user);
  return cardResult(renderAlertCard(alert, { ...view, now: deps.now(), page, notice }));
}

