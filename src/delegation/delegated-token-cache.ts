import type { DelegatedToken } from './delegated-token';
import type { TokenResource } from './token-resource';

/** A token this close to its expiry is not used: it could expire between the check and the API call. */
const EXPIRY_MARGIN_MS = 30_000;
/** At most this many tokens in memory (users × resources; the oldest is dropped first). */
const MAX_TOKENS = 1000;

const keyOf = (objectId: string, resource: TokenResource): string => `${resource}:${objectId}`;

/**
 * Delegated tokens in memory, one per user (Entra object id) and resource (Graph, Resource Manager),
 * until they expire: never written to storage, so a restart forgets them and Teams SSO gets a fresh one silently.
 */
export class DelegatedTokenCache {
  private readonly tokens = new Map<string, DelegatedToken>();

  constructor(private readonly now: () => number) {}

  get(objectId: string, resource: TokenResource = 'graph'): DelegatedToken | undefined {
    const key = keyOf(objectId, resource);
    const token = this.tokens.get(key);
    if (token && token.expiresAtMs - EXPIRY_MARGIN_MS > this.now()) return token;
    this.tokens.delete(key);
    return undefined;
  }

  set(token: DelegatedToken): void {
    const key = keyOf(token.objectId, token.resource);
    this.tokens.delete(key);
    this.tokens.set(key, token);
    for (const oldest of this.tokens.keys()) {
      if (this.tokens.size <= MAX_TOKENS) break;
      this.tokens.delete(oldest);
    }
  }

  forget(objectId: string, resource: TokenResource = 'graph'): void {
    this.tokens.delete(keyOf(objectId, resource));
  }

  /** True when a token usable now is held for this user and resource (tests, the health of the sign-in flow). */
  has(objectId: string, resource: TokenResource = 'graph'): boolean {
    return this.get(objectId, resource) !== undefined;
  }
}
