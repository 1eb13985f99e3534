import { alertTypeByConfigurationType } from '../alert-catalog';
import type { AlertConfiguration } from '../model';
import { readSettings } from '../shared-alert-fields';
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
    settings: readSettings(raw, (key) => BASE_MEMBERS.has(key) || key.includes('@')),
  };
}
