import { AppError, isAppError } from '../../errors/app-error';
import { alertTypeInfo, type SettingSpec } from '../alert-catalog';
import type { Alert, SettingValue } from '../model';
import { describeSeconds, parseIsoDuration } from './iso-duration';
import { normalizeSettingValue } from './normalize-setting';
import { IS_ENABLED } from './setting-lookup';

/** Units a duration setting is entered in on the settings form. */
export const DURATION_UNITS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

/** What the form sends: `isEnabled` ("true"/"false"), `s_<name>` (a number) and `u_<name>` (a duration's unit). */
export type FormValues = Readonly<Record<string, string | number | boolean>>;

export const valueInputId = (spec: SettingSpec): string => `s_${spec.name}`;
export const unitInputId = (spec: SettingSpec): string => `u_${spec.name}`;

/** The settings a form shows for this alert: the type's own, or none when the alert type is not configurable. */
export function formSettings(alert: Alert): readonly SettingSpec[] {
  if (alert.alertKey === null || alert.definition?.isConfigurable === false) return [];
  return alertTypeInfo(alert.alertKey).settings;
}

/** The accepted range as people read it: `2–100`, `0–100%`, `1–365 days`, `1 second–30 days`. */
export function settingRange(spec: SettingSpec): string {
  if (spec.kind === 'integer') return `${spec.min}–${spec.max}${spec.unit ?? ''}`;
  if (spec.kind === 'days') return `${spec.min}–${spec.max} days`;
  return `${describeSeconds(spec.min)}–${describeSeconds(spec.max)}`;
}

/** A current value as the form's number (and unit): days as a number of days, durations in their largest whole unit. */
export function formNumber(spec: SettingSpec, value: SettingValue | null | undefined): { readonly amount: number; readonly unit?: DurationUnit } {
  const seconds = typeof value === 'string' ? parseIsoDuration(value) : null;
  if (spec.kind === 'integer') return { amount: typeof value === 'number' ? value : spec.min };
  if (spec.kind === 'days') return { amount: seconds === null ? (typeof value === 'number' ? value : spec.min) : Math.floor(seconds / 86400) };
  const total = seconds ?? spec.min;
  const unit = (['days', 'hours', 'minutes'] as const).find((name) => total > 0 && total % DURATION_UNITS[name] === 0) ?? 'seconds';
  return { amount: total / DURATION_UNITS[unit], unit };
}

/** The form read back: each setting's value as Graph takes it, or the reason it is not valid (by setting name). */
export interface ReadForm {
  readonly values: Readonly<Record<string, SettingValue>>;
  readonly errors: Readonly<Record<string, string>>;
}

export function readSettingsForm(alert: Alert, form: FormValues): ReadForm {
  const values: Record<string, SettingValue> = {};
  const errors: Record<string, string> = {};
  const enabled = form[IS_ENABLED];
  if (enabled === true || enabled === 'true') values[IS_ENABLED] = true;
  else if (enabled === false || enabled === 'false') values[IS_ENABLED] = false;
  for (const spec of formSettings(alert)) {
    try {
      const raw = form[valueInputId(spec)];
      if (raw === undefined) continue;
      values[spec.name] = normalizeSettingValue(alert.alertKey, spec.name, entered(spec, raw, form[unitInputId(spec)]));
    } catch (error) {
      if (!isAppError(error) || error.code !== 'invalidSetting') throw error;
      errors[spec.name] = error.message;
    }
  }
  return { values, errors };
}

/** A number with a fraction, as a form's number input sends it (`2.5`). */
const DECIMAL = /^-?\d{1,9}\.\d+$/;

/** The typed number (whole numbers only) as the setting's kind takes it: an integer, days, or `PT{n}S`. */
function entered(spec: SettingSpec, raw: string | number | boolean, unitText: string | number | boolean | undefined): SettingValue {
  const text = String(raw).trim();
  if (DECIMAL.test(text)) {
    throw new AppError('invalidSetting', { userMessage: `${spec.name} (${spec.label}) must be a whole number: ${settingRange(spec)}.` });
  }
  const amount = /^-?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(amount)) return text === '' ? 'empty' : text; // normalizeSettingValue says what is expected
  if (spec.kind !== 'duration') return amount;
  const unit = typeof unitText === 'string' && unitText in DURATION_UNITS ? (unitText as DurationUnit) : 'seconds';
  return amount < 0 ? String(amount) : `PT${amount * DURATION_UNITS[unit]}S`;
}

/** The settings whose value differs from the alert's current configuration. */
export function changedSettings(alert: Alert, values: Readonly<Record<string, SettingValue>>): Record<string, SettingValue> {
  const changes: Record<string, SettingValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const current = name === IS_ENABLED ? alert.configuration?.isEnabled : alert.configuration?.settings[name];
    if (!sameSetting(current, value)) changes[name] = value;
  }
  return changes;
}

function sameSetting(current: SettingValue | null | undefined, next: SettingValue): boolean {
  if (typeof current === 'string' && typeof next === 'string') return parseIsoDuration(current) === parseIsoDuration(next);
  return current === next;
}
