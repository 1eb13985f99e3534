import type { AlertDefinition, AlertSeverity } from '../model';
import { readBoolean, readString, type JsonObject } from './json-fields';

const SEVERITIES: readonly AlertSeverity[] = ['unknown', 'informational', 'low', 'medium', 'high', 'unknownFutureValue'];

/** Graph's `alertSeverity`; anything this version does not know becomes `unknownFutureValue`. */
export function mapSeverity(value: unknown): AlertSeverity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
    ? (value as AlertSeverity)
    : 'unknownFutureValue';
}

export function mapDefinition(raw: JsonObject): AlertDefinition {
  return {
    id: readString(raw, 'id'),
    displayName: readString(raw, 'displayName'),
    description: readString(raw, 'description'),
    severityLevel: mapSeverity(raw.severityLevel),
    securityImpact: readString(raw, 'securityImpact'),
    mitigationSteps: readString(raw, 'mitigationSteps'),
    howToPrevent: readString(raw, 'howToPrevent'),
    isRemediatable: readBoolean(raw, 'isRemediatable'),
    isConfigurable: readBoolean(raw, 'isConfigurable'),
  };
}
