import { alertKeyOfId } from '../alert-catalog';
import type { Alert, AlertIncident, AlertWithIncidents } from '../model';
import { isJsonObject, readBoolean, readNullableString, readNumber, readString, type JsonObject } from './json-fields';
import { mapConfiguration } from './map-configuration';
import { mapDefinition } from './map-definition';

/** An alert with its expanded definition and configuration when the response carries them. */
export function mapAlert(raw: JsonObject): Alert {
  const id = readString(raw, 'id');
  return {
    id,
    alertKey: alertKeyOfId(id),
    alertDefinitionId: readString(raw, 'alertDefinitionId', id),
    scopeId: readString(raw, 'scopeId'),
    scopeType: readString(raw, 'scopeType'),
    incidentCount: readNumber(raw, 'incidentCount'),
    isActive: readBoolean(raw, 'isActive'),
    lastModifiedDateTime: readNullableString(raw, 'lastModifiedDateTime'),
    lastScannedDateTime: readNullableString(raw, 'lastScannedDateTime'),
    definition: isJsonObject(raw.alertDefinition) ? mapDefinition(raw.alertDefinition) : null,
    configuration: isJsonObject(raw.alertConfiguration) ? mapConfiguration(raw.alertConfiguration) : null,
  };
}

export function withIncidents(alert: Alert, incidents: readonly AlertIncident[]): AlertWithIncidents {
  return { ...alert, incidents };
}
