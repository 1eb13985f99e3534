import { alertTypeByIncidentType } from '../alert-catalog';
import type { AlertIncident } from '../model';
import { primitiveProperties, readOptionalNumber, readOptionalString, readString, type JsonObject } from './json-fields';

const STRING_FIELDS = [
  'assigneeId', 'assigneeDisplayName', 'assigneeUserPrincipalName', 'roleDefinitionId', 'roleDisplayName',
  'roleTemplateId', 'assignmentCreatedDateTime', 'lastSignInDateTime', 'lastActivationDateTime',
  'sequenceStartDateTime', 'sequenceEndDateTime', 'tenantLicenseStatus',
] as const;

const KNOWN = new Set<string>(['id', 'activationCount', ...STRING_FIELDS]);

type IncidentStrings = { -readonly [K in (typeof STRING_FIELDS)[number]]?: string };

/** Any incident, known type or not: known fields typed, other primitive properties kept for display. */
export function mapIncident(raw: JsonObject): AlertIncident {
  const odataType = readString(raw, '@odata.type');
  const strings: IncidentStrings = {};
  for (const field of STRING_FIELDS) {
    const value = readOptionalString(raw, field);
    if (value !== undefined) strings[field] = value;
  }
  const activationCount = readOptionalNumber(raw, 'activationCount');
  return {
    id: readString(raw, 'id'),
    odataType,
    alertKey: alertTypeByIncidentType(odataType)?.key ?? null,
    ...strings,
    ...(activationCount === undefined ? {} : { activationCount }),
    otherProperties: primitiveProperties(raw, KNOWN),
  };
}
