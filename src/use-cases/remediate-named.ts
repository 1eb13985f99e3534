import { incidentMatches, summarizeIncident } from '../cards/incident-summary';
import { escapeCardText } from '../cards/escape-card-text';
import type { AlertWithIncidents } from '../pim/model';
import { alertRefusal, currentState } from './remediate-incident';
import { askSelectedRemediation } from './remediate-selected';
import type { Turn } from './turn';
import { readAlert, type UseCaseDeps } from './use-case-deps';
import type { UseCaseResult } from './use-case-result';

/**
 * `remediate <alert> <name>, <name>, …`: the incidents named in chat (incident id, user name, UPN or object id),
 * from any page of the alert, through the same one confirmation as Remediate selected. Nothing is asked unless
 * every name matches exactly one incident; the answer says which do not.
 */
export async function askNamedRemediation(deps: UseCaseDeps, turn: Turn, alertId: string, names: readonly string[]): Promise<UseCaseResult> {
  const alert = await readAlert(deps, alertId);
  const refusal = alertRefusal(alert) ?? namesRefusal(alert, names);
  if (refusal) return currentState(deps, turn, alert, 0, refusal);
  const incidentIds = names.map((name) => alert.incidents.find((incident) => incidentMatches(incident, name))?.id ?? '');
  return askSelectedRemediation(deps, turn, { alertId, page: 0, incidentIds: [...new Set(incidentIds)] });
}

function namesRefusal(alert: AlertWithIncidents, names: readonly string[]): string | undefined {
  const problems = names.flatMap((name) => {
    const matches = alert.incidents.filter((incident) => incidentMatches(incident, name));
    const shown = `"${escapeCardText(name, 80)}"`;
    if (matches.length === 0) return [`${shown} matches no incident`];
    if (matches.length > 1) return [`${shown} matches ${matches.length} incidents (${matches.slice(0, 3).map((item) => `id ${escapeCardText(item.id, 80)}`).join(', ')}): use the incident id`];
    return [];
  });
  if (problems.length === 0) return undefined;
  const some = alert.incidents.slice(0, 5).map((item) => escapeCardText(summarizeIncident(item).subject, 80)).join('; ');
  return `Nothing to confirm: ${problems.join('; ')}. Name each by user name, UPN or incident id${some ? ` (e.g. ${some})` : ''}.`;
}
