import { AppError } from '../errors/app-error';
import { GUID } from '../pim/ids';
import { SIGN_IN_CODE, type TokenResource } from './token-resource';

/** A user's delegated token (Microsoft Graph or Resource Manager) and who it is for (read from its claims; the API verifies the signature). */
export interface DelegatedToken {
  /** The API it is for: the OAuth connection it came from. */
  readonly resource: TokenResource;
  /** The bearer token itself: kept in memory only, never logged, stored, shown or audited. */
  readonly accessToken: string;
  /** `oid`: the signed-in user's Entra object id. */
  readonly objectId: string;
  /** `upn` (or `preferred_username`): shown in the audit trail next to the object id. */
  readonly upn: string;
  /** `tid`: the tenant the token was issued in. */
  readonly tenantId: string;
  /** `exp` in epoch milliseconds. */
  readonly expiresAtMs: number;
}

/**
 * The claims of a JWT access token the token service returned. Not a signature check (this token is
 * for Graph or Resource Manager, which checks it); it tells whose token it is, so one for another user
 * or tenant is refused.
 */
export function readDelegatedToken(accessToken: string, resource: TokenResource = 'graph'): DelegatedToken {
  const claims = payloadOf(accessToken, resource);
  const objectId = typeof claims.oid === 'string' ? claims.oid.toLowerCase() : '';
  const tenantId = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  const upn = [claims.upn, claims.preferred_username, claims.unique_name].find((value): value is string => typeof value === 'string') ?? '';
  if (!GUID.test(objectId) || !GUID.test(tenantId) || typeof claims.exp !== 'number') {
    throw new AppError(SIGN_IN_CODE[resource], { details: { reason: 'token without oid, tid or exp' } });
  }
  return { resource, accessToken, objectId, upn: upn.slice(0, 200), tenantId, expiresAtMs: claims.exp * 1000 };
}

function payloadOf(token: string, resource: TokenResource): Record<string, unknown> {
  const part = token.split('.')[1];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>;
  } catch {
    // fall through: not a JWT
  }
  throw new AppError(SIGN_IN_CODE[resource], { details: { reason: 'token is not a JWT' } });
}
