import { AppError } from '../../errors/app-error';
import type { AlertKey, SettingSpec } from '../alert-catalog';
import type { SettingValue } from '../model';
import { normalizeSettingValue } from './normalize-setting';
import { findSetting, IS_ENABLED } from './setting-lookup';

const TRUE_WORDS = ['true', 'on', 'yes', 'enabled'];
const FALSE_WORDS = ['false', 'off', 'no', 'disabled'];
/** `10s`, `5m`, `2h`, `1d` and combinations such as `1d2h`. */
const SHORTHAND = /^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,6})m)?(?:(\d{1,9})s)?$/i;

/**
 * Parses the text of `config <alert> name=value` into the value Graph takes for that setting, checked
 * against the catalogue's names and ranges. Throws AppError `invalidSetting` with a message to show.
 */
export function parseSettingAssignment(alertKey: AlertKey | null, name: string, rawText: string): SettingValue {
  const text = rawText.trim();
  const spec = findSetting(alertKey, name);
  if (spec === IS_ENABLED) return normalizeSettingValue(alertKey, name, parseBoolean(text));
  return normalizeSettingValue(alertKey, name, parseForKind(spec, text));
}

function parseBoolean(text: string): boolean {
  const word = text.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new AppError('invalidSetting', { userMessage: 'isEnabled must be true or false (on/off).' });
}

function parseForKind(spec: SettingSpec, text: string): SettingValue {
  if (spec.kind === 'integer' || spec.kind === 'days') {
    return /^-?\d{1,9}$/.test(text) ? Number(text) : text;
  }
  const shorthand = text.length > 0 ? SHORTHAND.exec(text) : null;
  if (!shorthand) return text;
  const [, days, hours, minutes, seconds] = shorthand.map((part) => Number(part ?? 0));
  const total = (days ?? 0) * 86400 + (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
  return `PT${total}S`;
}
