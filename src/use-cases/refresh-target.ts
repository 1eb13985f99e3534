import { alertKeyOfId, alertTypeInfo } from '../pim/alert-catalog';

/** What a refresh scans: one alert, or every alert of the tenant. */
export type RefreshTarget = { readonly alertId: string; readonly page: number } | { readonly all: true };

export function refreshLockKey(target: RefreshTarget): string {
  return 'all' in target ? 'refresh:all' : `refresh:${target.alertId}`;
}

export function refreshAuditTarget(target: RefreshTarget): string {
  return 'all' in target ? 'all' : target.alertId;
}

/** `staleSignIn`, or `all alerts`: the words shown while scanning. */
export function refreshTargetName(target: RefreshTarget): string {
  if ('all' in target) return 'all alerts';
  const key = alertKeyOfId(target.alertId);
  return key ? alertTypeInfo(key).shortKey : 'the alert';
}
