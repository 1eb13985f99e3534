import type { Alert, SettingValue } from '../pim/model';
import { auditedWrite } from './audited-write';
import type { Turn } from './turn';
import type { UseCaseDeps } from './use-case-deps';

/**
 * Writes an alert's settings (already validated) to PIM; recorded in the audit log as `config` with
 * `summary` (the readable old → new line).
 */
export async function changeConfiguration(
  deps: UseCaseDeps, turn: Turn, alert: Alert, changes: Readonly<Record<string, SettingValue>>, summary: string,
): Promise<void> {
  await auditedWrite(deps, turn, { action: 'config', target: alert.id, summary }, alert.id, (pim) => pim.updateAlertConfiguration(alert.id, changes));
}
