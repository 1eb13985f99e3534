import type { DelegatedToken } from './delegated-token';

/** A token this close to its expiry is not used: it could expire between the check and the Graph call. */
const EXPIRY_MARGIN_MS = 30_000;
/** At most this many users' tokens in memory (the oldest is dropped first). */
const MAX_USERS = 500;

/**
 * Delegated tokens in memory, one per user (Entra object id), until they expire: never written to
 * storage, so a restart forgets them and Teams SSO gets a fresh one silently.
 */
export class DelegatedTokenCache {
  private readonly tokens = new Map<string, DelegatedToken>();

  constructor(private readonly now: () => number) {}

  get(objectId: string): DelegatedToken | undefined {
    const token = this.tokens.get(objectId);
    if (token && token.expiresAtMs - EXPIRY_MARGIN_MS > this.now()) return token;
    this.tokens.delete(objectId);
    return undefined;
  }

  set(token: DelegatedToken): void {
    this.tokens.delete(token.objectId);
    this.tokens.set(token.objectId, token);
    for (const key of this.tokens.keys()) {
      if (this.tokens.size <= MAX_USERS) break;
      this.tokens.delete(key);
    }
  }

  forget(objectId: string): void {
    this.tokens.delete(objectId);
  }

  /** True when a token usable now is held for this user (tests, the health of the sign-in flow). */
  has(objectId: string): boolean {
    return this.get(objectId) !== undefined;
  }
}
