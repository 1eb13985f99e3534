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
  const audience = apiOfAudience(claims.aud);
  if (audience !== undefined && audience !== resource) {
    // A connection configured with the other API's scopes: that API would answer 401 and every click would sign in again.
    throw new AppError('configuration', {
      userMessage: `The sign-in for ${API_NAME[resource]} returned a token for ${API_NAME[audience]}: the Azure Bot OAuth connection ` +
        `${resource === 'arm' ? 'ARM_OAUTH_CONNECTION_NAME' : 'OAUTH_CONNECTION_NAME'} must ask for ${SCOPE_HINT[resource]}. Tell your administrator; nothing was changed.`,
      details: { reason: 'token for another API' },
    });
  }
  return { resource, accessToken, objectId, upn: upn.slice(0, 200), tenantId, expiresAtMs: claims.exp * 1000 };
}

const API_NAME: Readonly<Record<TokenResource, string>> = { graph: 'Microsoft Graph', arm: 'Azure Resource Manager' };
const SCOPE_HINT: Readonly<Record<TokenResource, string>> = {
  graph: 'RoleManagementAlert.ReadWrite.Directory', arm: 'https://management.azure.com/user_impersonation (or its cloud\'s)',
};
/** Graph's and Resource Manager's application ids, the other form an `aud` claim takes. */
const APP_IDS: Readonly<Record<string, TokenResource>> = {
  '00000003-0000-0000-c000-000000000000': 'graph', '797f4846-ba00-4fd7-ba43-dac1f8f63013': 'arm',
};

/** Which API an `aud` claim names (Graph's or Resource Manager's hosts in any cloud, or their app ids); undefined when neither. */
function apiOfAudience(aud: unknown): TokenResource | undefined {
  if (typeof aud !== 'string') return undefined;
  const known = APP_IDS[aud.toLowerCase()];
  if (known) return known;
  let host = '';
  try {
    host = new URL(aud).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/^(graph\.microsoft\.(com|us)|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn)$/.test(host)) return 'graph';
  if (/^management\.(azure\.com|core\.windows\.net|usgovcloudapi\.net|core\.usgovcloudapi\.net|chinacloudapi\.cn|core\.chinacloudapi\.cn)$/.test(host)) return 'arm';
  return undefined;
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
