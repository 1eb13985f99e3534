import { alertIdSegment, incidentIdSegment, operationIdSegment } from '../ids';

/** Graph paths (relative to `{baseUrl}/beta/`) of the PIM alerts API. Ids pass through ids.ts. */
export const ALERTS_ROOT = 'identityGovernance/roleManagementAlerts';

/** The only scope that exists for Microsoft Entra roles; Graph answers 400 without it on list calls. */
export const SCOPE_FILTER = "scopeId eq '/' and scopeType eq 'DirectoryRole'";
export const SCOPE_BODY = { scopeId: '/', scopeType: 'DirectoryRole' } as const;

export function alertsPath(): string {
  return `${ALERTS_ROOT}/alerts`;
}

export function alertPath(alertId: string): string {
  return `${ALERTS_ROOT}/alerts/${alertIdSegment(alertId)}`;
}

export function incidentsPath(alertId: string): string {
  return `${alertPath(alertId)}/alertIncidents`;
}

export function incidentPath(alertId: string, incidentId: string): string {
  return `${incidentsPath(alertId)}/${incidentIdSegment(incidentId)}`;
}

export function configurationPath(alertId: string): string {
  return `${ALERTS_ROOT}/alertConfigurations/${alertIdSegment(alertId)}`;
}

export function operationPath(operationId: string): string {
  return `${ALERTS_ROOT}/operations/${operationIdSegment(operationId)}`;
}

/** `path?k=v&...` with every value percent-encoded (the client passes query text through as is). */
export function withQuery(path: string, query: Readonly<Record<string, string>>): string {
  const parts = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}
