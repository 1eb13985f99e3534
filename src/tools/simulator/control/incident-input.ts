import { randomUUID } from 'node:crypto';
import type { EntraAlertKey as AlertKey } from '../../../pim/alert-catalog';
import { isIncidentId } from '../../../pim/ids';
import { badRequest, conflict } from '../http/sim-error';
import { incidentIdFor, incidentProperties } from '../seed/incident-factory';
import { INCIDENT_PROPERTIES, type IncidentPropertyKind } from '../seed/incident-properties';
import type { AlertRecord, IncidentRecord, JsonObject } from '../state/records';

const MAX_GENERATED = 500;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$/;

/** The incidents a control-API body describes: `{ "count": N }` generated ones, or one incident's properties. */
export function incidentsFromBody(alert: AlertRecord, body: JsonObject, now: number): IncidentRecord[] {
  if ('count' in body) {
    const count = body.count;
    if (Object.keys(body).length !== 1 || typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_GENERATED) {
      throw badRequest(`'count' must be a whole number from 1 to ${MAX_GENERATED}, alone in the body.`);
    }
    return generate(alert, count, now);
  }
  return [explicitIncident(alert, body)];
}

function explicitIncident(alert: AlertRecord, body: JsonObject): IncidentRecord {
  const { id, ...properties } = body;
  const kinds = INCIDENT_PROPERTIES[alert.key];
  for (const [name, value] of Object.entries(properties)) {
    const kind = kinds[name];
    if (!kind) throw badRequest(`'${name}' is not a property of ${alert.key} incidents (allowed: id, ${Object.keys(kinds).join(', ')}).`);
    if (!fits(kind, value)) throw badRequest(`'${name}' must be ${describe(kind)}.`);
  }
  if (id !== undefined && !isIncidentId(id)) throw badRequest("'id' must be 1-128 letters, digits, '.', '_' or '-'.");
  const incidentId = id ?? incidentIdFor(properties);
  if (alert.incidents.some((incident) => incident.id === incidentId)) {
    throw conflict(`Alert '${alert.id}' already has an incident with id '${incidentId}'.`);
  }
  return { id: incidentId, properties };
}

function fits(kind: IncidentPropertyKind, value: unknown): boolean {
  if (value === null) return true;
  if (kind === 'int32') return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;
  if (kind === 'dateTime') return typeof value === 'string' && DATE_TIME.test(value);
  return typeof value === 'string' && value.length <= 1024;
}

function describe(kind: IncidentPropertyKind): string {
  return { int32: 'a whole number', dateTime: 'an ISO 8601 date-time with a zone', string: 'a string' }[kind];
}

/** Realistic incidents continuing the alert's list; a person or role already listed gets a fresh generated one. */
function generate(alert: AlertRecord, count: number, now: number): IncidentRecord[] {
  const taken = new Set(alert.incidents.map((incident) => incident.id));
  const created: IncidentRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    let properties = incidentProperties(alert.key, alert.incidents.length + i, now);
    if (taken.has(incidentIdFor(properties))) properties = freshSubject(alert.key, properties, taken.size + 1);
    const record = { id: incidentIdFor(properties), properties };
    taken.add(record.id);
    created.push(record);
  }
  return created;
}

function freshSubject(key: AlertKey, properties: JsonObject, n: number): JsonObject {
  const id = randomUUID();
  if ('assigneeId' in properties) {
    return { ...properties, assigneeId: id, assigneeDisplayName: `Test User ${n}`, assigneeUserPrincipalName: `testuser${n}@contoso.onmicrosoft.com` };
  }
  if (key === 'NoMfaOnRoleActivationAlert') return { roleDisplayName: `Custom Role ${n}`, roleTemplateId: id };
  return properties;
}
