import { alertTypeByIncidentType } from '../alert-catalog';
import { asObject, primitiveProperties, readOptionalString, readString, type JsonObject } from '../graph/json-fields';
import type { AlertIncident } from '../model';

/** Resource Manager incident fields that mean what the domain fields mean (the other ones stay in `otherProperties`). */
const RENAMED: ReadonlyArray<readonly [string, keyof AlertIncident]> = [
  ['assigneeName', 'assigneeDisplayName'],
  ['assigneeDisplayName', 'assigneeDisplayName'],
  ['assigneeUserPrincipalName', 'assigneeUserPrincipalName'],
  ['assigneeId', 'assigneeId'],
  ['roleName', 'roleDisplayName'],
  ['roleDisplayName', 'roleDisplayName'],
  ['roleDefinitionId', 'roleDefinitionId'],
  ['roleTemplateId', 'roleTemplateId'],
  ['assignmentActivatedDate', 'assignmentCreatedDateTime'],
];

const KNOWN = new Set(['alertIncidentType', ...RENAMED.map(([wire]) => wire)]);

/** An `AlertIncident` (`{name, properties: {alertIncidentType, …}}`): the incident id is its `name`. */
export function mapArmIncident(raw: JsonObject): AlertIncident {
  const properties = asObject(raw.properties);
  const incidentType = readString(properties, 'alertIncidentType');
  const fields: Record<string, string> = {};
  for (const [wire, domain] of RENAMED) {
    const value = readOptionalString(properties, wire);
    if (value !== undefined && fields[domain] === undefined) fields[domain] = value;
  }
  return {
    id: readString(raw, 'name'),
    odataType: incidentType,
    alertKey: alertTypeByIncidentType(incidentType)?.key ?? null,
    ...fields,
    otherProperties: primitiveProperties(properties, KNOWN),
  };
}
