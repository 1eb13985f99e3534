import { AppError } from '../../errors/app-error';
import { alertKeyOfId, alertTypeByConfigurationType } from '../alert-catalog';
import type { SettingValue } from '../model';
import { normalizeSettingValue } from '../settings/normalize-setting';

/**
 * The PATCH body for a configuration: its `@odata.type` plus the changes, each checked and normalised
 * against the catalogue (AppError `invalidSetting`) before anything is sent.
 */
export function configurationPatchBody(
  alertId: string, odataType: string, changes: Readonly<Record<string, SettingValue>>,
): Record<string, SettingValue> {
  const names = Object.keys(changes);
  if (names.length === 0) throw new AppError('invalidSetting', { userMessage: 'Name at least one setting to change, e.g. isEnabled=false.' });
  if (!odataType) {
    throw new AppError('graphUnavailable', { userMessage: 'Microsoft Graph did not say which kind of configuration this alert has; nothing was changed.' });
  }
  const alertKey = alertTypeByConfigurationType(odataType)?.key ?? null;
  if (alertKey !== null && alertKeyOfId(alertId) !== null && alertKey !== alertKeyOfId(alertId)) {
    throw new AppError('graphUnavailable', { userMessage: 'The configuration Graph returned belongs to another alert type; nothing was changed.' });
  }
  const body: Record<string, SettingValue> = { '@odata.type': odataType };
  for (const name of names) body[name] = normalizeSettingValue(alertKey, name, changes[name] as SettingValue);
  return body;
}
