import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import { isAzureAlertId } from '../pim/arm/azure-scope';
import { GUID } from '../pim/ids';
import type { PimAlerts } from '../pim/pim-alerts';
import type { Turn } from '../use-cases/turn';
import type { DelegatedTokenCache } from './delegated-token-cache';
import { readDelegatedToken, type DelegatedToken } from './delegated-token';
import { asSignedInUser } from './signed-in-pim';
import { SIGN_IN_CODE, type TokenResource, type UserTokens } from './token-resource';
import type { WriteCredentials, Writer } from './write-credentials';

export interface DelegatedWritesDeps {
  /** The same clients, each call with the given user tokens (src/pim/create-alert-source.ts). */
  readonly asUser: (tokens: UserTokens) => PimAlerts;
  readonly cache: DelegatedTokenCache;
  /** PIM "My roles" in the admin center: where an eligible Entra role is activated. */
  readonly myRolesUrl: string;
  /** PIM "My roles", Azure resources: where an eligible Azure role (Owner, User Access Administrator) is activated. */
  readonly myAzureRolesUrl: string;
  /** True when Azure resource scopes are watched (AZURE_ALERT_SCOPES): "refresh all" then needs the Resource Manager token too. */
  readonly azureScopes: boolean;
  /** Tenants whose users are served (empty in local mode: the conversation's tenant is checked alone). */
  readonly allowedTenantIds: readonly string[];
  readonly logger: Logger;
}

/**
 * WRITE_MODE=delegated: a write runs with the clicking user's own token, Graph for an Entra alert,
 * Resource Manager for an Azure resource alert, so Graph (their PIM role) or Azure RBAC (their role at
 * the scope) decides. Each token comes from the turn (its own OAuth connection) once, is checked to be
 * this user's in this tenant, and is then held in memory until it expires.
 */
export class DelegatedWrites implements WriteCredentials {
  constructor(private readonly deps: DelegatedWritesDeps) {}

  async forWrite(turn: Turn, alertId?: string): Promise<Writer> {
    const objectId = turn.user.aadObjectId?.toLowerCase();
    if (objectId === undefined || !GUID.test(objectId)) {
      throw new AppError('userNotAllowed', { userMessage: 'Teams did not tell me who you are, so I cannot act as you in Microsoft Graph or Azure.' });
    }
    const held: DelegatedToken[] = [];
    for (const resource of this.resourcesFor(alertId)) held.push(this.deps.cache.get(objectId, resource) ?? await this.fromTokenService(turn, objectId, resource));
    const tokens: UserTokens = Object.fromEntries(held.map((token) => [token.resource, token.accessToken]));
    const who = held[0] as DelegatedToken;
    const pim = asSignedInUser(this.deps.asUser(tokens), {
      myRolesUrl: this.deps.myRolesUrl, myAzureRolesUrl: this.deps.myAzureRolesUrl, upn: who.upn,
      signedOut: async (resource) => {
        // The token service would hand the refused token back until it expires: drop it there too.
        this.deps.cache.forget(objectId, resource);
        await turn.signOut?.(resource);
      },
    });
    return { pim, ranAs: { objectId: who.objectId, upn: who.upn } };
  }

  /** An Entra alert needs the Graph token, an Azure alert the Resource Manager token, "all" both (when Azure scopes are watched). */
  private resourcesFor(alertId: string | undefined): readonly TokenResource[] {
    if (alertId !== undefined) return [isAzureAlertId(alertId) ? 'arm' : 'graph'];
    return this.deps.azureScopes ? ['graph', 'arm'] : ['graph'];
  }

  private async fromTokenService(turn: Turn, objectId: string, resource: TokenResource): Promise<DelegatedToken> {
    const raw = await turn.userToken?.(resource);
    if (raw === undefined || raw === '') throw new AppError(SIGN_IN_CODE[resource]);
    const token = readDelegatedToken(raw, resource);
    this.checkBelongsTo(token, objectId, turn.conversation.tenantId?.toLowerCase());
    this.deps.cache.set(token);
    return token;
  }

  private checkBelongsTo(token: DelegatedToken, objectId: string, tenantId: string | undefined): void {
    const tenants = this.deps.allowedTenantIds;
    const wrongTenant = (tenantId !== undefined && token.tenantId !== tenantId) || (tenants.length > 0 && !tenants.includes(token.tenantId));
    if (token.objectId === objectId && !wrongTenant) return;
    this.deps.logger.warn('delegated token refused: another user or tenant', {
      resource: token.resource, userObjectId: objectId, tokenObjectId: token.objectId, tokenTenantId: token.tenantId, conversationTenantId: tenantId ?? null,
    });
    throw new AppError('userNotAllowed', {
      userMessage: 'The sign-in I received is for another account or organization than yours, so I changed nothing. Sign in to Teams with your own account and try again.',
      details: { reason: token.objectId === objectId ? 'wrongTenant' : 'wrongUser' },
    });
  }
}
