import type { Alert, SettingValue } from '../model';
import { describeSetting } from './describe-setting';
import { findSetting, IS_ENABLED } from './setting-lookup';

/** A value as people read it: `true`, `30 days`, `4%`, `10 minutes`. */
export function describeChange(alert: Alert, name: string, value: SettingValue): string {
  const spec = findSetting(alert.alertKey, name);
  return spec === IS_ENABLED ? String(value) : describeSetting(spec, value);
}

/** One "name: old → new" per change, against the alert's configuration before the change. */
export function changeParts(alert: Alert, changes: Readonly<Record<string, SettingValue>>, label: (name: string) => string = (name) => name): string[] {
  return Object.entries(changes).map(([name, value]) => {
    const old = name === IS_ENABLED ? alert.configuration?.isEnabled : alert.configuration?.settings[name];
    const before = old === undefined || old === null ? 'unset' : describeChange(alert, name, old);
    return `${label(name)}: ${before} → ${describeChange(alert, name, value)}`;
  });
}
