import { alertKeyOfId } from '../alert-catalog';
import type { Alert } from '../model';
import { readAlertState } from '../shared-alert-fields';
import { isJsonObject, readString, type JsonObject } from './json-fields';
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
    ...readAlertState(raw),
    definition: isJsonObject(raw.alertDefinition) ? mapDefinition(raw.alertDefinition) : null,
    configuration: isJsonObject(raw.alertConfiguration) ? mapConfiguration(raw.alertConfiguration) : null,
  };
}
