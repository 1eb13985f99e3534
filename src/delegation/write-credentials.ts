import type { PimAlerts } from '../pim/pim-alerts';
import type { Turn } from '../use-cases/turn';

/** The signed-in user a delegated write ran as, from their token's claims: what the audit trail records. */
export interface RanAs {
  readonly objectId: string;
  readonly upn: string;
}

/** The PIM port a write goes through, and whose credential it carries (absent: the app's own). */
export interface Writer {
  readonly pim: PimAlerts;
  readonly ranAs?: RanAs;
}

/**
 * Chooses the credential of one write (STYLE 16): the app's own (`application`) or the clicking user's
 * delegated token (`delegated`) for the API the write goes to: `alertId` names the alert written (an
 * Entra alert: Graph; an Azure resource alert: Resource Manager); absent = every source (refresh all).
 * Throws AppError `signInRequired` / `azureSignInRequired` when the user has to sign in first.
 */
export interface WriteCredentials {
  forWrite(turn: Turn, alertId?: string): Promise<Writer>;
}

/** WRITE_MODE=application: every write runs as the app (RoleManagementAlert.ReadWrite.Directory). */
export function applicationWrites(pim: PimAlerts): WriteCredentials {
  const writer: Writer = { pim };
  return { forWrite: () => Promise.resolve(writer) };
}
