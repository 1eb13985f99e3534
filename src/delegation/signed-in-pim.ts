import { AppError, isAppError } from '../errors/app-error';
import type { PimAlerts } from '../pim/pim-alerts';

export interface SignedInUser {
  readonly myRolesUrl: string;
  readonly upn: string;
  /** Graph refused the token itself (401: expired or revoked): forget it so the next click signs in afresh. */
  readonly signedOut: () => void;
}

/**
 * The PIM port as one signed-in user: Graph's 401 becomes `signInRequired` (a fresh sign-in, the
 * token forgotten), its 403 `roleRequired`, naming the role, that an eligible role must be activated
 * first, and where. Graph is the authority; nothing is retried.
 */
export function asSignedInUser(pim: PimAlerts, user: SignedInUser): PimAlerts {
  const translate = (error: unknown): never => {
    if (!isAppError(error) || error.code !== 'graphForbidden') throw error;
    if (error.details.status === 401) {
      user.signedOut();
      throw new AppError('signInRequired', { details: error.details, cause: error });
    }
    throw new AppError('roleRequired', { userMessage: roleMessage(user), details: error.details, cause: error });
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
          return translate(error);
        }
      };
    },
  });
}

function roleMessage(user: SignedInUser): string {
  const who = user.upn ? ` (signed in as ${user.upn})` : '';
  return `Microsoft Graph refused this change${who}: it needs the **Privileged Role Administrator** role, active. ` +
    `If you are eligible for it, activate it first in PIM, My roles: ${user.myRolesUrl}, then try again.`;
}
