import type { AlertIncident, AlertWithIncidents } from '../pim/model';
import { alertDisplayName } from './alert-headline';
import { isAzureScope } from './alert-scope';
import { bulletText } from './bullet-text';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';
import { remediationEffect, remediationQuestion, remediationTarget } from './remediation-effect';

/**
 * `first`: the question with Confirm; `second`: a safeguard (break-glass account, the clicker themself,
 * an unknown number of Global Administrators left) asks once more; `refused`: a safeguard forbids it
 * (the last Global Administrator), only Cancel.
 */
export type ConfirmStep = 'first' | 'second' | 'refused';

export interface ConfirmRemediationOptions {
  readonly page: number;
  /** Who asked: the card may be seen by everyone in a group chat or channel. */
  readonly requestedBy: string;
  readonly step?: ConfirmStep;
  /** Safeguard texts (unescaped), shown as warnings. */
  readonly warnings?: readonly string[];
}

type ButtonData = { readonly alertId: string; readonly incidentId: string; readonly page: number };

export interface ConfirmRemediationData {
  readonly alertId: string;
  readonly page: number;
  readonly heading: string;
  readonly question: string;
  /** Exactly what Confirm changes: who, which role, which assignment, which scope. */
  readonly effect: readonly { readonly title: string; readonly value: string }[];
  readonly warnings: readonly { readonly text: string }[];
  readonly detail: string;
  readonly alertName: string;
  readonly requestedBy: string;
  readonly confirm: readonly ButtonData[];
  readonly confirmAgain: readonly (ButtonData & { readonly title: string })[];
}

const HEADINGS: Record<ConfirmStep, string> = {
  first: 'Confirm remediation',
  second: 'Confirm again: this needs a second confirmation',
  refused: 'Remediation refused',
};

/**
 * "Remove Jane Doe from Global Administrator?" with Confirm and Cancel, and who asked. In a shared chat
 * everyone sees the buttons; Confirm is checked again (write access, safeguards) for whoever clicks it.
 */
export function renderConfirmRemediation(alert: AlertWithIncidents, incident: AlertIncident, options: ConfirmRemediationOptions): CardPayload {
  return renderTemplate('confirm-remediation', confirmRemediationData(alert, incident, options));
}

export function confirmRemediationData(alert: AlertWithIncidents, incident: AlertIncident, options: ConfirmRemediationOptions): ConfirmRemediationData {
  const step = options.step ?? 'first';
  const mitigation = alert.definition?.mitigationSteps ?? '';
  const button = { alertId: escapePlainCardText(alert.id, 300), incidentId: escapePlainCardText(incident.id, 200), page: options.page };
  const target = remediationTarget(alert, incident);
  return {
    alertId: button.alertId,
    page: options.page,
    heading: HEADINGS[step],
    question: escapeCardText(remediationQuestion(target), 500),
    effect: remediationEffect(alert, incident).map((fact) => ({ title: fact.title, value: escapeCardText(fact.value, 400) })),
    warnings: (options.warnings ?? []).map((text) => ({ text: escapeCardText(text, 600) })),
    detail: [escapeCardText(`${appliedBy(alert)} will apply the alert's mitigation.`), bulletText(mitigation, 800)].filter((text) => text !== '').join('\n\n'),
    alertName: escapeCardText(alertDisplayName(alert), 300),
    requestedBy: escapeCardText(options.requestedBy.trim() === '' ? 'someone' : options.requestedBy, 200),
    confirm: step === 'first' ? [button] : [],
    confirmAgain: step === 'second' ? [{ ...button, title: target.change === 'removeRole' ? 'Yes, remove anyway' : 'Yes, remediate anyway' }] : [],
  };
}

/** Who carries the remediation out: Entra for directory roles, PIM for Azure resources (a Resource Manager call) for a subscription. */
function appliedBy(alert: AlertWithIncidents): string {
  return isAzureScope(alert) ? 'Privileged Identity Management for Azure resources (Azure Resource Manager)' : 'Microsoft Entra';
}
