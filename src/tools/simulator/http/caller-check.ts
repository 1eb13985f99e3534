import type { IncomingMessage } from 'node:http';
import { verifiedClaims } from '../../dev/token-issuer/jwt-signer';
import { ROLE_ALERTS_PATH } from '../state/records';
import { checkArmCaller, type SimulatedAzureRole } from './arm-caller-check';
import { SimError } from './sim-error';

/** A simulated Entra role assignment: active, or eligible (PIM) and not activated. */
export interface SimulatedRole {
  readonly role: string;
  readonly state: 'active' | 'eligible';
}

/**
 * Graph's delegated access rules, when the simulator is given an identity: Bearer tokens of the dev token
 * issuer (its public key), each user's simulated roles, and what the app itself (no Bearer token) holds.
 */
export interface SimulatorIdentity {
  readonly publicKeyPem: string;
  readonly audience: string;
  /** The app's own permission: `read` (RoleManagementAlert.Read.Directory) or `readWrite`. */
  readonly appPermission: 'read' | 'readWrite';
  /** Role assignments by Entra object id (lower case). */
  readonly roles: Readonly<Record<string, readonly SimulatedRole[]>>;
  /** Resource Manager's audience of delegated tokens (`https://management.azure.com`); absent: no user token is accepted there. */
  readonly armAudience?: string;
  /** Azure role assignments by Entra object id (lower case), per subscription: what Azure RBAC decides on the ARM alert paths. */
  readonly azureRoles?: Readonly<Record<string, readonly SimulatedAzureRole[]>>;
  /** The app's own Azure role on every subscription (no Bearer token); default Reader (writes refused). */
  readonly appAzureRole?: string;
}

/** BEHAVIOUR.md §2: writes need Privileged Role Administrator; reads also accept these (active only). */
const WRITE_ROLES = ['Privileged Role Administrator', 'Global Administrator'];
const READ_ROLES = [...WRITE_ROLES, 'Global Reader', 'Security Administrator', 'Security Reader'];

export interface CallerCheck {
  /** Who called, for the request log: `app`, or `user:<upn>`; `anonymous`/`invalid` for refused tokens. */
  readonly caller: string;
  readonly refusal?: SimError;
}

/** Checks one PIM alerts request (Graph or Resource Manager) against the identity rules; other paths (and no identity) pass as `app`. */
export function checkCaller(identity: SimulatorIdentity | undefined, req: IncomingMessage, method: string, path: string): CallerCheck {
  const arm = identity && checkArmCaller(identity, req, method, path);
  if (arm) return arm;
  const pim = path.toLowerCase().startsWith(ROLE_ALERTS_PATH.toLowerCase());
  const header = req.headers.authorization;
  if (!identity || !pim) return { caller: header ? 'token' : 'app' };
  const write = method !== 'GET';
  if (!header) {
    return write && identity.appPermission === 'read'
      ? { caller: 'app', refusal: new SimError(403, 'accessDenied', 'The application holds RoleManagementAlert.Read.Directory only: this write needs a signed-in user (delegated).') }
      : { caller: 'app' };
  }
  const bearer = /^Bearer (.+)$/.exec(header)?.[1];
  const claims = bearer === undefined ? undefined : verifiedClaims(bearer, identity.publicKeyPem);
  if (!claims || claims.aud !== identity.audience) return { caller: 'invalid', refusal: unauthenticated('Access token validation failure. Invalid audience or signature.') };
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return { caller: 'invalid', refusal: unauthenticated('Lifetime validation failed, the token is expired.') };
  const caller = `user:${String(claims.upn)}`;
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
  const scopeOk = scopes.includes('RoleManagementAlert.ReadWrite.Directory') || (!write && scopes.includes('RoleManagementAlert.Read.Directory'));
  const active = (identity.roles[String(claims.oid).toLowerCase()] ?? []).filter((role) => role.state === 'active').map((role) => role.role);
  const roleOk = active.some((role) => (write ? WRITE_ROLES : READ_ROLES).includes(role));
  if (scopeOk && roleOk) return { caller };
  return { caller, refusal: new SimError(403, 'accessDenied', 'The signed-in user does not have an active role that allows this operation.') };
}

const unauthenticated = (message: string): SimError => new SimError(401, 'InvalidAuthenticationToken', message);
