import type { SettingSpec } from '../alert-catalog';
import type { SettingValue } from '../model';
import { describeSeconds, parseIsoDuration } from './iso-duration';

/** A setting value for display: `P30D` → `30 days`, `PT10S` → `10 seconds`, integers with their unit (`4%`). */
export function describeSetting(spec: SettingSpec, value: SettingValue | null | undefined): string {
  if (value === null || value === undefined) return 'not set';
  if (spec.kind === 'integer' || typeof value !== 'string') return `${String(value)}${typeof value === 'number' ? spec.unit ?? '' : ''}`;
  const seconds = parseIsoDuration(value);
  if (seconds === null) return value;
  if (spec.kind === 'days' && seconds % 86400 === 0) {
    const days = seconds / 86400;
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  return describeSeconds(seconds);
}
