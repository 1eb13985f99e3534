import { ALERT_TYPES, alertTypeInfo, type SettingSpec } from '../../../pim/alert-catalog';
import type { RequestContext } from '../http/request-context';
import { jsonBody } from '../http/request-context';
import { requireObject } from '../http/read-body';
import { badRequest } from '../http/sim-error';
import { noContent, type SimResponse } from '../http/sim-response';
import type { SimulatorState } from '../state/simulator-state';
import { durationSeconds } from './iso-duration';

const READ_ONLY = ['id', 'alertDefinitionId', 'scopeId', 'scopeType', 'alertDefinition'];
const INT32_MAX = 2_147_483_647;

/**
 * `PATCH /alertConfigurations/{id}`: `@odata.type` must name the configuration's derived type
 * (https://learn.microsoft.com/graph/api/unifiedrolemanagementalertconfiguration-update?view=graph-rest-beta); `isEnabled`
 * and the type's own settings are validated against their CSDL types and documented ranges (alert-catalog) → 204.
 */
export function updateConfiguration(state: SimulatorState, ctx: RequestContext): SimResponse {
  const alert = state.alerts.get(ctx.params.configurationId ?? '', 'alert configuration');
  const info = alertTypeInfo(alert.key);
  const body = requireObject(jsonBody(ctx));
  if (body['@odata.type'] !== info.configurationType) {
    throw badRequest(`The request body must include "@odata.type": "${info.configurationType}" for this configuration.`);
  }
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '@odata.type') continue;
    changes[name] = validProperty(name, value, info.settings);
  }
  Object.assign(alert.configuration, changes);
  alert.lastModifiedDateTime = ctx.now.toISOString();
  return noContent();
}

function validProperty(name: string, value: unknown, settings: readonly SettingSpec[]): unknown {
  if (name === 'isEnabled') {
    if (typeof value !== 'boolean') throw badRequest("'isEnabled' must be true or false (a JSON boolean).");
    return value;
  }
  if (READ_ONLY.includes(name)) throw badRequest(`'${name}' is read-only on an alert configuration.`);
  const setting = settings.find((spec) => spec.name === name);
  if (!setting) {
    const elsewhere = ALERT_TYPES.some((type) => type.settings.some((spec) => spec.name === name));
    throw badRequest(elsewhere
      ? `'${name}' is not a setting of this alert type.`
      : `'${name}' is not a property of an alert configuration.`);
  }
  return validSetting(setting, value);
}

function validSetting(setting: SettingSpec, value: unknown): unknown {
  const range = (unit: string): string => `${setting.min} to ${setting.max}${unit}`;
  if (setting.kind === 'integer') {
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > INT32_MAX) {
      throw badRequest(`'${setting.name}' must be a whole number (Int32).`);
    }
    if (value < setting.min || value > setting.max) throw badRequest(`'${setting.name}' must be from ${range('')}.`);
    return value;
  }
  const seconds = typeof value === 'string' ? durationSeconds(value) : null;
  if (seconds === null) throw badRequest(`'${setting.name}' must be an ISO 8601 duration such as "P30D" or "PT10S".`);
  if (setting.kind === 'days') {
    const days = seconds / 86_400;
    if (!Number.isInteger(days) || days < setting.min || days > setting.max) {
      throw badRequest(`'${setting.name}' must be a whole number of days from ${range(' days')} (e.g. "P30D").`);
    }
  } else if (seconds < setting.min || seconds > setting.max) {
    throw badRequest(`'${setting.name}' must be a duration from ${range(' seconds')}.`);
  }
  return value;
}
