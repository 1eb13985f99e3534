import { ALL_ALERT_TYPES, type AlertKey } from '../pim/alert-catalog';

/** The short keys users type (`staleSignIn`), for usage texts. */
export const ALERT_TYPE_NAMES = ALL_ALERT_TYPES.map((type) => type.shortKey);

/** `staleSignIn`, `StaleSignInAlert` (any case) → the alert key; undefined for anything else. */
export function parseAlertType(text: string): AlertKey | undefined {
  const word = text.trim().toLowerCase();
  return ALL_ALERT_TYPES.find((type) => type.shortKey.toLowerCase() === word || type.key.toLowerCase() === word)?.key;
}

/** True when a subscription limited to `alertTypes` (none or empty = every type) wants this alert. */
export function wantsAlertType(alertTypes: readonly AlertKey[] | undefined, alertKey: AlertKey | null): boolean {
  if (!alertTypes || alertTypes.length === 0) return true;
  return alertKey !== null && alertTypes.includes(alertKey);
}

/** `stale sign-in, too many global admins` style list of short keys, for messages. */
export function describeAlertTypes(alertTypes: readonly AlertKey[]): string {
  return alertTypes.map((key) => ALL_ALERT_TYPES.find((type) => type.key === key)?.shortKey ?? key).join(', ');
}
