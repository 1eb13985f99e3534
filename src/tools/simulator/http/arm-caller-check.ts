import type { IncomingMessage } from 'node:http';
import { verifiedClaims } from '../../dev/token-issuer/jwt-signer';
import { SimError } from './sim-error';

/** A simulated Azure role assignment at a subscription (`*`: every subscription, as one at a management group), active or PIM-eligible. */
export interface SimulatedAzureRole {
  readonly role: string;
  readonly scope: string;
  readonly state: 'active' | 'eligible';
}

/** The part of the simulator's identity rules Resource Manager checks (src/tools/simulator/http/caller-check.ts). */
export interface ArmIdentity {
  readonly publicKeyPem: string;
  readonly armAudience?: string;
  readonly azureRoles?: Readonly<Record<string, readonly SimulatedAzureRole[]>>;
  readonly appAzureRole?: string;
}

/** Who called (`app`, `user:<upn>`, `invalid`) and the refusal, if any. */
export interface ArmCallerCheck {
  readonly caller: string;
  readonly refusal?: SimError;
}

const ARM_ALERTS = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Authorization\/roleManagementAlert/i;
/** BEHAVIOUR.md §2: writes need `roleAssignments/write`: among built-in roles only these two; every built-in role reads. */
const WRITE_ROLES = ['Owner', 'User Access Administrator'];
const WRITE_ACTION = 'Microsoft.Authorization/roleAssignments/write';
const READ_ACTION = 'Microsoft.Authorization/roleAssignments/read';

/**
 * Azure RBAC on the Resource Manager PIM alert paths, when the simulator is given an identity: a delegated token of the
 * dev token issuer for Resource Manager (audience, expiry), the user's active roles at the subscription; the app (no
 * Bearer token) holds `appAzureRole` (Reader by default, as azure-alert-reader.bicep assigns). Other paths: undefined.
 */
export function checkArmCaller(identity: ArmIdentity, req: IncomingMessage, method: string, path: string): ArmCallerCheck | undefined {
  const subscriptionId = ARM_ALERTS.exec(path)?.[1]?.toLowerCase();
  if (subscriptionId === undefined) return undefined;
  const write = method !== 'GET';
  const header = req.headers.authorization;
  if (!header) {
    const appWrites = WRITE_ROLES.includes(identity.appAzureRole ?? 'Reader');
    return write && !appWrites ? { caller: 'app', refusal: authorizationFailed('the application', 'app', WRITE_ACTION, path) } : { caller: 'app' };
  }
  const bearer = /^Bearer (.+)$/.exec(header)?.[1];
  const claims = bearer === undefined ? undefined : verifiedClaims(bearer, identity.publicKeyPem);
  if (!claims || claims.aud !== identity.armAudience) return { caller: 'invalid', refusal: new SimError(401, 'InvalidAuthenticationToken', 'The access token is invalid.') };
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    return { caller: 'invalid', refusal: new SimError(401, 'ExpiredAuthenticationToken', 'The access token expiry UTC time is earlier than current UTC time.') };
  }
  const oid = String(claims.oid).toLowerCase();
  const caller = `user:${String(claims.upn)}`;
  const scoped = typeof claims.scp === 'string' && claims.scp.split(' ').includes('user_impersonation');
  const active = (identity.azureRoles?.[oid] ?? []).filter((role) => role.state === 'active' && (role.scope === '*' || role.scope.toLowerCase() === subscriptionId));
  const allowed = scoped && (write ? active.some((role) => WRITE_ROLES.includes(role.role)) : active.length > 0);
  return allowed ? { caller } : { caller, refusal: authorizationFailed(String(claims.upn), oid, write ? WRITE_ACTION : READ_ACTION, path) };
}

/** Resource Manager's RBAC refusal (`AuthorizationFailed`, 403), worded as Resource Manager words it. */
function authorizationFailed(client: string, objectId: string, action: string, scope: string): SimError {
  return new SimError(403, 'AuthorizationFailed', `The client '${client}' with object id '${objectId}' does not have authorization to perform action ` +
    `'${action}' over scope '${scope.slice(0, 300)}' or the scope is invalid. If access was recently granted, please refresh your credentials.`);
}
