import { AppError } from '../errors/app-error';
import type { AlertKey } from '../pim/alert-catalog';
import { ALERT_TYPE_NAMES, parseAlertType } from './alert-type-filter';

const USAGE = `Usage: subscribe type <alertType ...> or subscribe type all. Alert types: ${ALERT_TYPE_NAMES.join(', ')}.`;

/**
 * The alert types of `subscribe type staleSignIn tooManyGlobalAdmins` (each once), or none for
 * `subscribe type all` (the limit lifted). Throws AppError `invalidInput` naming the known types.
 */
export function parseAlertTypes(words: readonly string[]): AlertKey[] {
  if (words.length === 0) throw new AppError('invalidInput', { userMessage: USAGE });
  const all = words.length === 1 && words[0]!.toLowerCase() === 'all';
  const types: AlertKey[] = [];
  for (const word of all ? [] : words) {
    const type = parseAlertType(word);
    if (!type) throw new AppError('invalidInput', { userMessage: `"${word.slice(0, 40)}" is not an alert type. ${USAGE}` });
    if (!types.includes(type)) types.push(type);
  }
  return types;
}
