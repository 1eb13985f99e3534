import { AppError } from '../../errors/app-error';
import type { AlertKey, SettingSpec } from '../alert-catalog';
import type { SettingValue } from '../model';
import { describeSeconds, formatIsoDuration, parseIsoDuration } from './iso-duration';
import { findSetting, IS_ENABLED } from './setting-lookup';

/**
 * Checks one setting value against the catalogue and returns it as Graph expects it: booleans for
 * `isEnabled`, integers, `P{n}D` for day settings, canonical ISO 8601 for durations. Throws `invalidSetting`.
 */
export function normalizeSettingValue(alertKey: AlertKey | null, name: string, value: SettingValue): SettingValue {
  const spec = findSetting(alertKey, name);
  if (spec === IS_ENABLED) {
    if (typeof value !== 'boolean') throw invalid(`isEnabled must be true or false.`);
    return value;
  }
  if (spec.kind === 'integer') return checkedInteger(spec, value);
  const seconds = toSeconds(spec, value);
  if (spec.kind === 'days') {
    if (seconds % 86400 !== 0) throw invalid(`${spec.name} must be a whole number of days, e.g. 30 or P30D.`);
    checkRange(spec, seconds / 86400);
    return `P${seconds / 86400}D`;
  }
  checkRange(spec, seconds);
  return formatIsoDuration(seconds);
}

function checkedInteger(spec: SettingSpec, value: SettingValue): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(`${spec.name} must be a whole number.`);
  checkRange(spec, value);
  return value;
}

function toSeconds(spec: SettingSpec, value: SettingValue): number {
  if (spec.kind === 'days' && typeof value === 'number' && Number.isInteger(value)) return value * 86400;
  const seconds = typeof value === 'string' ? parseIsoDuration(value) : null;
  if (seconds === null) {
    const example = spec.kind === 'days' ? '30 or P30D' : 'PT10S, P1DT2H, 10s, 5m, 2h or 1d';
    throw invalid(`${spec.name} must be a duration, e.g. ${example}.`);
  }
  return seconds;
}

function checkRange(spec: SettingSpec, value: number): void {
  if (value >= spec.min && value <= spec.max) return;
  const range = spec.kind === 'duration'
    ? `${describeSeconds(spec.min)} to ${describeSeconds(spec.max)}`
    : `${spec.min} to ${spec.max}${spec.kind === 'days' ? ' days' : ''}`;
  throw invalid(`${spec.name} (${spec.label}) must be from ${range}.`);
}

function invalid(userMessage: string): AppError {
  return new AppError('invalidSetting', { userMessage });
}
