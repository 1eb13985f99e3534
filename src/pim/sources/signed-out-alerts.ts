import { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/error-codes';
import type { PimAlerts } from '../pim-alerts';

/**
 * The port as a signed-in user who holds no token for this API (a write took only the token it
 * needed): every call asks for that API's sign-in (`signInRequired` for Graph, `azureSignInRequired`
 * for Resource Manager) and nothing runs as the app instead.
 */
export function signedOutAlerts(code: Extract<ErrorCode, 'signInRequired' | 'azureSignInRequired'>): PimAlerts {
  const refuse = (): Promise<never> => Promise.reject(new AppError(code));
  return {
    listAlerts: refuse, getAlert: refuse, listIncidentPage: refuse, getIncident: refuse, dismissAlert: refuse, refreshAlert: refuse,
    refreshAllAlerts: refuse, getOperation: refuse, waitForOperation: refuse, remediateIncident: refuse, updateAlertConfiguration: refuse,
  };
}
