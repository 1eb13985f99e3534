import type { AlertIncident, AlertWithIncidents } from '../pim/model';
import { alertDisplayName } from './alert-headline';
import { bulletText } from './bullet-text';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { summarizeIncident } from './incident-summary';
import { remediationEffect } from './remediation-effect';

export interface ConfirmRemediationData {
  readonly alertId: string;
  readonly incidentId: string;
  readonly page: number;
  readonly question: string;
  /** Exactly what Confirm changes: who, which role, which assignment, which scope. */
  readonly effect: readonly { readonly title: string; readonly value: string }[];
  readonly detail: string;
  readonly alertName: string;
  /** Who asked: the card may be seen by everyone in a group chat or channel. */
  readonly requestedBy: string;
}

/**
 * "Remove Jane Doe from Global Administrator?" with Confirm and Cancel, and who asked. In a shared chat
 * everyone sees the buttons; Confirm is checked again (write access) for whoever clicks it.
 */
export function renderConfirmRemediation(alert: AlertWithIncidents, incident: AlertIncident, page: number, requestedBy: string): CardPayload {
  return renderTemplate('confirm-remediation', confirmRemediationData(alert, incident, page, requestedBy));
}

export function remediationQuestion(incident: AlertIncident): string {
  const summary = summarizeIncident(incident);
  return summary.role !== undefined && summary.role !== summary.subject
    ? `Remove ${summary.subject} from ${summary.role}?`
    : `Remediate "${summary.subject}"?`;
}

export function confirmRemediationData(alert: AlertWithIncidents, incident: AlertIncident, page: number, requestedBy: string): ConfirmRemediationData {
  const mitigation = alert.definition?.mitigationSteps ?? '';
  return {
    alertId: escapePlainCardText(alert.id, 300),
    incidentId: escapePlainCardText(incident.id, 200),
    page,
    question: escapeCardText(remediationQuestion(incident), 500),
    effect: remediationEffect(alert, incident).map((fact) => ({ title: fact.title, value: escapeCardText(fact.value, 400) })),
    detail: [escapeCardText("Microsoft Entra will apply the alert's mitigation."), bulletText(mitigation, 800)].filter((text) => text !== '').join('\n\n'),
    alertName: escapeCardText(alertDisplayName(alert), 300),
    requestedBy: escapeCardText(requestedBy.trim() === '' ? 'someone' : requestedBy, 200),
  };
}
