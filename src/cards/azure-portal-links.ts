import { isGuid } from '../pim/ids';
import type { IncidentLink } from './entra-links';

/** The subscription an Azure alert is about: its id and, when Resource Manager named it, its display name. */
export interface AzureLinkScope {
  readonly subscriptionId: string;
  readonly displayName?: string;
}

const PIM = '#view/Microsoft_Azure_PIMCommon';

/**
 * Deep links into the Azure portal (`AZURE_PORTAL_URL`: portal.azure.com, portal.azure.us, portal.azure.cn) for PIM
 * alerts about Azure resources. A subscription id must be a GUID; the scope and names are percent-encoded as one path
 * segment each; anything else gets no link. The portal's blade addresses are not a documented API (README, "Deep links").
 */
export class AzurePortalLinks {
  constructor(private readonly portalUrl: string) {}

  /**
   * PIM > Azure resources > the subscription > Alerts. The portal finds the resource by its Resource Manager id
   * (`resourceExternalId`), so PIM's internal resource id (only the retired Graph iteration-2 API gave it) is not needed.
   */
  pimAlerts(scope: AzureLinkScope): string | undefined {
    if (!isGuid(scope.subscriptionId)) return undefined;
    const externalId = encodeURIComponent(`/subscriptions/${scope.subscriptionId.toLowerCase()}`);
    const name = encodeURIComponent((scope.displayName ?? scope.subscriptionId).slice(0, 200));
    return `${this.portalUrl}/${PIM}/ResourceMenuBlade/~/Alerts/provider/azurerbac/resourceDisplayName/${name}/resourceExternalId/${externalId}/resourceType/subscription`;
  }

  /** PIM > My roles > Azure resources: where an eligible Azure role (Owner, User Access Administrator) is activated. */
  myRoles(): string {
    return `${this.portalUrl}/${PIM}/ActivationMenuBlade/~/azurerbac`;
  }

  /** The subscription's Access control (IAM): its role assignments, and "Activate role" for eligible ones. */
  subscriptionAccess(subscriptionId: string): string | undefined {
    return isGuid(subscriptionId) ? `${this.portalUrl}/#resource/subscriptions/${encodeURIComponent(subscriptionId.toLowerCase())}/users` : undefined;
  }

  /** An Azure incident's button: the subscription's Access control (IAM), where its role assignments are seen and removed. */
  incidentLinks(scope: AzureLinkScope): IncidentLink[] {
    const access = this.subscriptionAccess(scope.subscriptionId);
    return access ? [{ title: 'Access control (IAM)', url: access }] : [];
  }
}

