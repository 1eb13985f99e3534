import type { LoggedRequest } from './simulator-control';

const ROOT = '/beta/identityGovernance/roleManagementAlerts';
const ALERT_ID = 'DirectoryRole_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}_[A-Za-z][A-Za-z0-9]{2,80}';
const INCIDENT_ID = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
const OPERATION_ID = '(refresh(:|%3A)[A-Za-z0-9_-]{1,160}|[0-9a-zA-Z]{8}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{12})';
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A UPN as the bot puts it in a path: the characters parseUserKey allows, `#`, `%`, `+`, `^` and `$` percent-encoded (`''` in the key form). */
const UPN_PATH = "([a-z0-9._'!~$-]|%23|%25|%2B|%5E|%24)+@[a-z0-9.-]+\\.[a-z]{2,63}";
/** A query string made only of OData options with percent-encoded values (no raw quotes, #, / or spaces). */
const QUERY = '(\\?\\$(filter|expand|select|top|skip|skiptoken|count)=[A-Za-z0-9%._~*,()-]*(&\\$(filter|expand|select|top|skip|skiptoken|count)=[A-Za-z0-9%._~*,()-]*)*)?';

const ALLOWED: ReadonlyArray<readonly [string, RegExp]> = [
  ['GET', new RegExp(`^${ROOT}/alerts${QUERY}$`)],
  ['POST', new RegExp(`^${ROOT}/alerts/(microsoft\\.graph\\.)?refresh$`)],
  ['GET', new RegExp(`^${ROOT}/alerts/${ALERT_ID}${QUERY}$`)],
  ['PATCH', new RegExp(`^${ROOT}/alerts/${ALERT_ID}$`)],
  ['POST', new RegExp(`^${ROOT}/alerts/${ALERT_ID}/(microsoft\\.graph\\.)?refresh$`)],
  ['GET', new RegExp(`^${ROOT}/alerts/${ALERT_ID}/(alertConfiguration|alertDefinition)${QUERY}$`)],
  ['GET', new RegExp(`^${ROOT}/alerts/${ALERT_ID}/alertIncidents${QUERY}$`)],
  ['GET', new RegExp(`^${ROOT}/alerts/${ALERT_ID}/alertIncidents/${INCIDENT_ID}${QUERY}$`)],
  ['POST', new RegExp(`^${ROOT}/alerts/${ALERT_ID}/alertIncidents/${INCIDENT_ID}/(microsoft\\.graph\\.)?remediate$`)],
  ['GET', new RegExp(`^${ROOT}/alertConfigurations${QUERY}$`)],
  ['GET', new RegExp(`^${ROOT}/alertConfigurations/${ALERT_ID}${QUERY}$`)],
  ['PATCH', new RegExp(`^${ROOT}/alertConfigurations/${ALERT_ID}$`)],
  ['GET', new RegExp(`^${ROOT}/alertDefinitions(/${ALERT_ID})?${QUERY}$`)],
  ['GET', new RegExp(`^${ROOT}/operations/${OPERATION_ID}${QUERY}$`)],
  ['POST', new RegExp(`^/v1\\.0/users/${GUID}/checkMemberGroups$`)],
  // Get user (exclude user): an object id, a UPN in the characters Entra allows (# as %23, other specials percent-encoded), or the key form for a $-first UPN.
  ['GET', new RegExp(`^/v1\\.0/(users/(${GUID}|${UPN_PATH})|users\\('\\$${UPN_PATH}'\\))\\?\\$select=id,displayName,userPrincipalName$`)],
];

/** Is this logged request one of the documented PIM alert (or group membership) calls, with valid ids? */
export function isDocumentedRequest(request: LoggedRequest): boolean {
  return ALLOWED.some(([method, pattern]) => method === request.method && pattern.test(request.path));
}

/** The logged requests that are not documented calls (should be none). */
export function undocumentedRequests(requests: readonly LoggedRequest[]): readonly LoggedRequest[] {
  return requests.filter((request) => !isDocumentedRequest(request));
}

/** The requests that change PIM state. */
export function writeRequests(requests: readonly LoggedRequest[]): readonly LoggedRequest[] {
  return requests.filter((request) => request.method === 'PATCH' || (request.method === 'POST' && !request.path.endsWith('/checkMemberGroups')));
}
