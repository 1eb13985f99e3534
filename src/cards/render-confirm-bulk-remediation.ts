import type { AlertIncident, AlertWithIncidents } from '../pim/model';
import { alertDisplayName } from './alert-headline';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { remediationEffect, remediationQuestion, remediationTarget, scopeFact } from './remediation-effect';
import type { ConfirmRemediationOptions } from './render-confirm-remediation';

export interface ConfirmBulkRemediationData {
  readonly alertId: string;
  readonly page: number;
  /** Cancel goes back to the alert card with these still selected. */
  readonly picked: readonly string[];
  readonly heading: string;
  readonly question: string;
  /** One row per incident: "Remove Jane Doe (jane@…) from Global Administrator?" and which assignment. */
  readonly rows: readonly { readonly change: string; readonly assignment: string }[];
  readonly scope: string;
  readonly warnings: readonly { readonly text: string }[];
  readonly alertName: string;
  readonly requestedBy: string;
  readonly confirm: readonly { readonly title: string; readonly alertId: string; readonly page: number; readonly incidentIds: readonly string[]; readonly acknowledged: boolean }[];
}

const HEADINGS = { first: 'Confirm remediation', second: 'Confirm again: this needs a second confirmation', refused: 'Remediation refused' } as const;

/**
 * One confirmation for the incidents selected on an alert card: each person and the role they lose,
 * the safeguards' warnings, and one Confirm (or, when a safeguard asks, "Yes, remediate all anyway").
 */
export function renderConfirmBulkRemediation(alert: AlertWithIncidents, incidents: readonly AlertIncident[], options: ConfirmRemediationOptions): CardPayload {
  return renderTemplate('confirm-bulk-remediation', confirmBulkRemediationData(alert, incidents, options));
}

export function confirmBulkRemediationData(alert: AlertWithIncidents, incidents: readonly AlertIncident[], options: ConfirmRemediationOptions): ConfirmBulkRemediationData {
  const step = options.step ?? 'first';
  const alertId = escapePlainCardText(alert.id, 300);
  const rows = incidents.map((incident) => {
    const facts = remediationEffect(alert, incident);
    const assignment = facts.find((fact) => fact.title === 'Assignment' || fact.title === 'Effect')?.value ?? '';
    return { change: escapeCardText(remediationQuestion(remediationTarget(alert, incident)), 500), assignment: escapeCardText(assignment, 400) };
  });
  const scope = scopeFact(alert);
  const confirm = { alertId, page: options.page, incidentIds: incidents.map((incident) => escapePlainCardText(incident.id, 200)) };
  return {
    alertId,
    page: options.page,
    picked: confirm.incidentIds,
    heading: HEADINGS[step],
    question: escapeCardText(`Remediate these ${incidents.length} incident${incidents.length === 1 ? '' : 's'}? Each is remediated on its own, and audited.`, 300),
    rows,
    scope: escapeCardText(`${scope.title}: ${scope.value}`, 300),
    warnings: (options.warnings ?? []).map((text) => ({ text: escapeCardText(text, 600) })),
    alertName: escapeCardText(alertDisplayName(alert), 300),
    requestedBy: escapeCardText(options.requestedBy.trim() === '' ? 'someone' : options.requestedBy, 200),
    confirm: step === 'refused' ? [] : [{ ...confirm, title: step === 'second' ? 'Yes, remediate all anyway' : `Confirm (${incidents.length})`, acknowledged: step === 'second' }],
  };
}
