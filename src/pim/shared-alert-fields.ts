import { readBoolean, readNullableString, readNumber, readString, type JsonObject } from './graph/json-fields';
import type { Alert, AlertDefinition, AlertSeverity, SettingValue } from './model';

/**
 * The members Microsoft Graph and Resource Manager spell alike (Graph on the object itself, Resource Manager in its
 * `properties`), read once for both sources' mappers. What differs (ids, scopes, severities, discriminators) stays in each.
 */
export type AlertState = Pick<Alert, 'incidentCount' | 'isActive' | 'lastModifiedDateTime' | 'lastScannedDateTime'>;

/** An alert's incident count, whether it is active, and when it last changed and was last scanned. */
export function readAlertState(fields: JsonObject): AlertState {
  return {
    incidentCount: readNumber(fields, 'incidentCount'),
    isActive: readBoolean(fields, 'isActive'),
    lastModifiedDateTime: readNullableString(fields, 'lastModifiedDateTime'),
    lastScannedDateTime: readNullableString(fields, 'lastScannedDateTime'),
  };
}

/** A definition's texts and flags; its id and severity are each source's own. */
export function readDefinition(id: string, fields: JsonObject, severityLevel: AlertSeverity): AlertDefinition {
  return {
    id,
    displayName: readString(fields, 'displayName'),
    description: readString(fields, 'description'),
    severityLevel,
    securityImpact: readString(fields, 'securityImpact'),
    mitigationSteps: readString(fields, 'mitigationSteps'),
    howToPrevent: readString(fields, 'howToPrevent'),
    isRemediatable: readBoolean(fields, 'isRemediatable'),
    isConfigurable: readBoolean(fields, 'isConfigurable'),
  };
}

/** A configuration's type-specific settings: every primitive (or null) member that is not one of `baseMembers`. */
export function readSettings(fields: JsonObject, isBaseMember: (key: string) => boolean): Record<string, SettingValue | null> {
  const settings: Record<string, SettingValue | null> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (isBaseMember(key)) continue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') settings[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) settings[key] = value;
  }
  return settings;
}
