import { VERBS } from '../../cards/verbs';
import { AppError } from '../../errors/app-error';
import { isAlertId } from '../../pim/ids';
import type { FormValues } from '../../pim/settings/settings-form';
import { saveSettings } from '../../use-cases/alert-settings';
import { cardRoute } from '../route';
import { MAX_ACTION_DATA_BYTES } from './action-data';

/** The form's inputs: `isEnabled`, `s_<setting>` and `u_<setting>` (names from the catalogue, checked again when read). */
const INPUT_KEY = /^(isEnabled|[su]_[A-Za-z]{1,60})$/;

function parseForm(data: unknown): { alertId: string; form: FormValues } {
  const invalid = (message: string): AppError => new AppError('invalidInput', { userMessage: message });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid('This form sent no usable data.');
  if (JSON.stringify(data).length > MAX_ACTION_DATA_BYTES) throw invalid('This form sent too much data.');
  const { alertId, ...rest } = data as Record<string, unknown>;
  if (!isAlertId(alertId)) throw invalid('This form names an alert id that is not valid.');
  const form: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (!INPUT_KEY.test(key)) throw invalid(`This form sent an unexpected field "${key.slice(0, 40)}".`);
    if (!['string', 'number', 'boolean'].includes(typeof value) || String(value).length > 40) throw invalid(`"${key}" is not a value this form sends.`);
    form[key] = value as string | number | boolean;
  }
  return { alertId, form };
}

/** Save on the settings form: checks every value, writes what changed (audited), shows old → new. */
export const saveSettingsAction = cardRoute({
  verb: VERBS.saveSettings,
  access: 'write',
  parse: parseForm,
  handle: (deps, turn, { alertId, form }) => saveSettings(deps, turn, alertId, form),
});
