import { alertKeyOfId, alertTypeInfo } from '../pim/alert-catalog';

/** What a refresh scans: one alert (with its display name when known), or every alert of the tenant. */
export type RefreshTarget = { readonly alertId: string; readonly page: number; readonly name?: string } | { readonly all: true };

export function refreshLockKey(target: RefreshTarget): string {
  return 'all' in target ? 'refresh:all' : `refresh:${target.alertId}`;
}

export function refreshAuditTarget(target: RefreshTarget): string {
  return 'all' in target ? 'all' : target.alertId;
}

/** The alert's name ("Potential stale accounts…"), its short key when the name is not known, or `all alerts`. */
export function refreshTargetName(target: RefreshTarget): string {
  if ('all' in target) return 'all alerts';
  if (target.name) return target.name;
  const key = alertKeyOfId(target.alertId);
  return key ? alertTypeInfo(key).shortKey : 'the alert';
}
