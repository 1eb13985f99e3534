import { AppError } from '../../errors/app-error';
import { alertTypeInfo, type AlertKey, type SettingSpec } from '../alert-catalog';

/** Every type has `isEnabled`; its other settings come from the catalogue. */
export const IS_ENABLED = 'isEnabled';

/** The names a user may set for an alert type (unknown types: `isEnabled` only). */
export function settingNames(alertKey: AlertKey | null): readonly string[] {
  const own = alertKey ? alertTypeInfo(alertKey).settings.map((spec) => spec.name) : [];
  return [IS_ENABLED, ...own];
}

/** The setting's spec, `isEnabled`, or AppError `invalidSetting` listing the valid names. */
export function findSetting(alertKey: AlertKey | null, name: string): SettingSpec | typeof IS_ENABLED {
  if (name === IS_ENABLED) return IS_ENABLED;
  const spec = alertKey ? alertTypeInfo(alertKey).settings.find((candidate) => candidate.name === name) : undefined;
  if (spec) return spec;
  const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  throw new AppError('invalidSetting', {
    userMessage: `"${shown}" is not a setting of ${describeType(alertKey)}. Valid settings: ${settingNames(alertKey).join(', ')}.`,
    details: { alertKey, setting: shown },
  });
}

function describeType(alertKey: AlertKey | null): string {
  return alertKey ? `${alertTypeInfo(alertKey).shortKey} (${alertKey})` : 'this alert type';
}
