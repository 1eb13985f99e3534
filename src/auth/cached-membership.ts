import type { GroupMembershipChecker } from './group-membership';

export interface MembershipCacheOptions {
  readonly ttlSeconds: number;
  /** Most entries kept; the oldest are dropped first. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface CacheEntry {
  readonly member: boolean;
  readonly expiresAt: number;
}

/**
 * Remembers membership answers briefly (only successful ones) and shares one in-flight lookup per
 * user and group, so a burst of clicks costs one Graph call.
 */
export class CachedMembershipChecker implements GroupMembershipChecker {
  private readonly answers = new Map<string, CacheEntry>();
  private readonly pending = new Map<string, Promise<boolean>>();
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(private readonly inner: GroupMembershipChecker, private readonly options: MembershipCacheOptions) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 5000;
  }

  async isMember(userObjectId: string, groupId: string): Promise<boolean> {
    const key = `${userObjectId.toLowerCase()}|${groupId.toLowerCase()}`;
    const cached = this.answers.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.member;
    this.answers.delete(key);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const lookup = this.lookUp(key, userObjectId, groupId);
    this.pending.set(key, lookup);
    return lookup;
  }

  private async lookUp(key: string, userObjectId: string, groupId: string): Promise<boolean> {
    try {
      const member = await this.inner.isMember(userObjectId, groupId);
      this.remember(key, member);
      return member;
    } finally {
      this.pending.delete(key);
    }
  }

  private remember(key: string, member: boolean): void {
    if (this.options.ttlSeconds <= 0) return;
    if (this.answers.size >= this.maxEntries) {
      const oldest = this.answers.keys().next();
      if (!oldest.done) this.answers.delete(oldest.value);
    }
    this.answers.set(key, { member, expiresAt: this.now() + this.options.ttlSeconds * 1000 });
  }
}
