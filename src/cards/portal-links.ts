import type { Alert, AlertIncident } from '../pim/model';
import { isAzureScope } from './alert-scope';
import { AzurePortalLinks, type AzureLinkScope } from './azure-portal-links';
import { EntraLinks, type IncidentLink } from './entra-links';

/** A card's portal button: where the alert's PIM alerts page is, and what to call it. */
export interface PortalButton {
  readonly title: string;
  readonly url: string;
}

/**
 * The deep links of one alert, chosen by its scope: an Entra alert opens the Microsoft Entra admin center
 * (`ENTRA_PORTAL_URL`), an Azure resource alert the Azure portal (`AZURE_PORTAL_URL`) at its subscription.
 */
export class PortalLinks {
  readonly entra: EntraLinks;
  readonly azure: AzurePortalLinks;

  constructor(entraPortalUrl: string, azurePortalUrl: string) {
    this.entra = new EntraLinks(entraPortalUrl);
    this.azure = new AzurePortalLinks(azurePortalUrl);
  }

  /** PIM's Alerts page for the alert's scope (neither portal has a per-alert address). */
  pimAlerts(alert: Alert): PortalButton | undefined {
    if (!isAzureScope(alert)) return { title: 'PIM alerts in Entra', url: this.entra.pimAlerts() };
    const url = this.azure.pimAlerts(azureScopeOf(alert));
    return url ? { title: 'PIM alerts in Azure portal', url } : undefined;
  }

  /** The person's profile in Entra (every assignee is an Entra principal), then the scope's own links. */
  incidentLinks(alert: Alert, incident: AlertIncident): IncidentLink[] {
    if (!isAzureScope(alert)) return this.entra.incidentLinks(incident);
    const user = incident.assigneeId === undefined ? undefined : this.entra.user(incident.assigneeId);
    return [...(user ? [{ title: 'User in Entra', url: user }] : []), ...this.azure.incidentLinks(azureScopeOf(alert))];
  }

  /** PIM > My roles for the alert's kind of role: Entra roles, or Azure resource roles. */
  myRoles(alert?: Alert): string {
    return alert && isAzureScope(alert) ? this.azure.myRoles() : this.entra.myRoles();
  }
}

function azureScopeOf(alert: Alert): AzureLinkScope {
  const subscriptionId = alert.scopeId.split('/').pop() ?? '';
  return { subscriptionId, ...(alert.scopeDisplayName ? { displayName: alert.scopeDisplayName } : {}) };
}

/** The card's portal button (none without links, or for a scope that cannot be linked). */
export function portalButtons(alert: Alert, links: PortalLinks | undefined): PortalButton[] {
  const button = links?.pimAlerts(alert);
  return button ? [button] : [];
}
