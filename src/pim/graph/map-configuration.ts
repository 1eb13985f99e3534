import { alertTypeByConfigurationType } from '../alert-catalog';
import type { AlertConfiguration, SettingValue } from '../model';
import { readBoolean, readString, type JsonObject } from './json-fields';

/** Base-type members; everything else primitive (or null) is a type-specific setting. */
const BASE_MEMBERS = new Set(['id', 'isEnabled', 'alertDefinitionId', 'scopeId', 'scopeType', 'alertDefinition']);

export function mapConfiguration(raw: JsonObject): AlertConfiguration {
  const odataType = readString(raw, '@odata.type');
  return {
    id: readString(raw, 'id'),
    odataType,
    alertKey: alertTypeByConfigurationType(odataType)?.key ?? null,
    isEnabled: readBoolean(raw, 'isEnabled'),
    settings: settingsOf(raw),
  };
}

function settingsOf(raw: JsonObject): Record<string, SettingValue | null> {
  const settings: Record<string, SettingValue | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (BASE_MEMBERS.has(key) || key.includes('@')) continue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') settings[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) settings[key] = value;
  }
  return settings;
}
