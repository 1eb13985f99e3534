import { AppError, isAppError } from '../errors/app-error';
import { isAzureAlertId, parseAzureAlertId } from '../pim/arm/azure-scope';
import type { PimAlerts } from '../pim/pim-alerts';
import { SIGN_IN_CODE, type TokenResource } from './token-resource';

export interface SignedInUser {
  readonly myRolesUrl: string;
  readonly myAzureRolesUrl: string;
  readonly upn: string;
  /** The API refused the token itself (401: expired or revoked): forget it, here and at the token service, so the next click signs in afresh. */
  readonly signedOut: (resource: TokenResource) => Promise<void>;
}

/**
 * The PIM port as one signed-in user. Graph's or Resource Manager's 401 becomes a fresh sign-in for
 * that API's connection (the token forgotten); a 403 becomes `roleRequired`, naming the role (Graph:
 * Privileged Role Administrator; Azure RBAC: Owner or User Access Administrator at the scope), that an
 * eligible role must be activated first, and where. The API is the authority; nothing is retried.
 */
export function asSignedInUser(pim: PimAlerts, user: SignedInUser): PimAlerts {
  const translate = async (error: unknown, args: readonly unknown[]): Promise<never> => {
    if (!isAppError(error) || error.code !== 'graphForbidden') throw error;
    const resource: TokenResource = error.details.source === 'arm' ? 'arm' : 'graph';
    if (error.details.status === 401) {
      await user.signedOut(resource);
      throw new AppError(SIGN_IN_CODE[resource], { details: error.details, cause: error });
    }
    const userMessage = resource === 'arm' ? azureRoleMessage(user, subscriptionOf(args[0])) : roleMessage(user);
    throw new AppError('roleRequired', { userMessage, details: error.details, cause: error });
  };
  return new Proxy(pim, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...a: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        try {
          return await method.apply(target, args);
        } catch (error) {
          return translate(error, args);
        }
      };
    },
  });
}

const signedInAs = (user: SignedInUser): string => (user.upn ? ` (signed in as ${user.upn})` : '');

function roleMessage(user: SignedInUser): string {
  return `Microsoft Graph refused this change${signedInAs(user)}: it needs the **Privileged Role Administrator** role, active. ` +
    `If you are eligible for it, activate it first in PIM, My roles: ${user.myRolesUrl}, then try again.`;
}

/** Azure RBAC's answer (AuthorizationFailed): the roles that carry `Microsoft.Authorization/roleAssignments/write`, at which scope. */
function azureRoleMessage(user: SignedInUser, subscriptionId: string | undefined): string {
  const scope = subscriptionId ? `on subscription ${subscriptionId}` : 'on the subscription';
  return `Azure Resource Manager refused this change${signedInAs(user)}: Azure RBAC needs the **Owner** or **User Access Administrator** role ` +
    `${scope} (or a management group above it), active (Microsoft.Authorization/roleAssignments/write). ` +
    `If you are eligible for one of them, activate it first in PIM, My roles, Azure resources: ${user.myAzureRolesUrl}, then try again.`;
}

function subscriptionOf(alertId: unknown): string | undefined {
  return typeof alertId === 'string' && isAzureAlertId(alertId) ? parseAzureAlertId(alertId).subscriptionId : undefined;
}
