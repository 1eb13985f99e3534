import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import { GUID } from '../pim/ids';
import type { PimAlerts } from '../pim/pim-alerts';
import type { Turn } from '../use-cases/turn';
import type { DelegatedTokenCache } from './delegated-token-cache';
import { readDelegatedToken, type DelegatedToken } from './delegated-token';
import { asSignedInUser } from './signed-in-pim';
import type { WriteCredentials, Writer } from './write-credentials';

export interface DelegatedWritesDeps {
  /** The same Graph client, each call with the given user token (src/pim/create-pim-alerts.ts). */
  readonly asUser: (accessToken: string) => PimAlerts;
  readonly cache: DelegatedTokenCache;
  /** PIM "My roles" in the admin center: where an eligible role is activated. */
  readonly myRolesUrl: string;
  /** Tenants whose users are served (empty in local mode: the conversation's tenant is checked alone). */
  readonly allowedTenantIds: readonly string[];
  readonly logger: Logger;
}

/**
 * WRITE_MODE=delegated: a write runs with the clicking user's own Graph token, so Graph enforces their
 * PIM role. The token comes from the turn (token service) once, is checked to be this user's in this
 * tenant, and is then held in memory until it expires.
 */
export class DelegatedWrites implements WriteCredentials {
  constructor(private readonly deps: DelegatedWritesDeps) {}

  async forWrite(turn: Turn): Promise<Writer> {
    const objectId = turn.user.aadObjectId?.toLowerCase();
    if (objectId === undefined || !GUID.test(objectId)) {
      throw new AppError('userNotAllowed', { userMessage: 'Teams did not tell me who you are, so I cannot act as you in Microsoft Graph.' });
    }
    const token = this.deps.cache.get(objectId) ?? await this.fromTokenService(turn, objectId);
    const pim = asSignedInUser(this.deps.asUser(token.accessToken), {
      myRolesUrl: this.deps.myRolesUrl, upn: token.upn, signedOut: () => this.deps.cache.forget(objectId),
    });
    return { pim, ranAs: { objectId: token.objectId, upn: token.upn } };
  }

  private async fromTokenService(turn: Turn, objectId: string): Promise<DelegatedToken> {
    const raw = await turn.userToken?.();
    if (raw === undefined || raw === '') throw new AppError('signInRequired');
    const token = readDelegatedToken(raw);
    this.checkBelongsTo(token, objectId, turn.conversation.tenantId?.toLowerCase());
    this.deps.cache.set(token);
    return token;
  }

  private checkBelongsTo(token: DelegatedToken, objectId: string, tenantId: string | undefined): void {
    const tenants = this.deps.allowedTenantIds;
    const wrongTenant = (tenantId !== undefined && token.tenantId !== tenantId) || (tenants.length > 0 && !tenants.includes(token.tenantId));
    if (token.objectId === objectId && !wrongTenant) return;
    this.deps.logger.warn('delegated token refused: another user or tenant', {
      userObjectId: objectId, tokenObjectId: token.objectId, tokenTenantId: token.tenantId, conversationTenantId: tenantId ?? null,
    });
    throw new AppError('userNotAllowed', {
      userMessage: 'The sign-in I received is for another account or organization than yours, so I changed nothing. Sign in to Teams with your own account and try again.',
      details: { reason: token.objectId === objectId ? 'wrongTenant' : 'wrongUser' },
    });
  }
}
