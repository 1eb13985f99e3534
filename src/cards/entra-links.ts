import { GUID } from '../pim/ids';
import type { AlertIncident } from '../pim/model';

/** `Action.OpenUrl` buttons of one incident: the person's profile and role assignments, or the role. */
export interface IncidentLink {
  readonly title: string;
  readonly url: string;
}

/**
 * Deep links into the Microsoft Entra admin center (`ENTRA_PORTAL_URL`: entra.microsoft.com, or
 * entra.microsoft.us for US Government). Ids must be GUIDs and are percent-encoded; anything else
 * gets no link.
 */
export class EntraLinks {
  constructor(private readonly portalUrl: string) {}

  /** PIM > Microsoft Entra roles > Alerts (the portal has no per-alert address). */
  pimAlerts(): string {
    return `${this.portalUrl}/#view/Microsoft_Azure_PIMCommon/ResourceMenuBlade/~/Alerts/resourceId//resourceType/tenant/provider/aadroles`;
  }

  /** PIM > My roles > Microsoft Entra roles: where an eligible role is activated. */
  myRoles(): string {
    return `${this.portalUrl}/#view/Microsoft_Azure_PIMCommon/ActivationMenuBlade/~/aadmigratedroles`;
  }

  user(objectId: string): string | undefined {
    return GUID.test(objectId) ? `${this.portalUrl}/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/overview/userId/${encodeURIComponent(objectId)}` : undefined;
  }

  /** The user's "Assigned roles" page: where a role assignment is seen and removed. */
  userRoles(objectId: string): string | undefined {
    return GUID.test(objectId) ? `${this.portalUrl}/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/AdministrativeRole/userId/${encodeURIComponent(objectId)}` : undefined;
  }

  /** A directory role's assignments, by role template id. */
  role(roleTemplateId: string): string | undefined {
    if (!GUID.test(roleTemplateId)) return undefined;
    const id = encodeURIComponent(roleTemplateId);
    return `${this.portalUrl}/#view/Microsoft_AAD_IAM/RoleMenuBlade/~/RoleMembers/objectId/${id}/roleTemplateId/${id}`;
  }

  incidentLinks(incident: AlertIncident): IncidentLink[] {
    const links: IncidentLink[] = [];
    const user = incident.assigneeId;
    const add = (title: string, url: string | undefined): void => {
      if (url) links.push({ title, url });
    };
    if (user !== undefined) {
      add('User in Entra', this.user(user));
      add('Role assignments', this.userRoles(user));
    }
    if (incident.roleTemplateId !== undefined) add('Role in Entra', this.role(incident.roleTemplateId));
    return links;
  }
}
