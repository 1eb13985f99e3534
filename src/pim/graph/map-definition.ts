import type { AlertDefinition, AlertSeverity } from '../model';
import { readDefinition } from '../shared-alert-fields';
import { readString, type JsonObject } from './json-fields';

const SEVERITIES: readonly AlertSeverity[] = ['unknown', 'informational', 'low', 'medium', 'high', 'unknownFutureValue'];

/** Graph's `alertSeverity`; anything this version does not know becomes `unknownFutureValue`. */
export function mapSeverity(value: unknown): AlertSeverity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
    ? (value as AlertSeverity)
    : 'unknownFutureValue';
}

export function mapDefinition(raw: JsonObject): AlertDefinition {
  return readDefinition(readString(raw, 'id'), raw, mapSeverity(raw.severityLevel));
}
