import type { Logger } from '../logging/logger';
import type { AccessPolicy, ActingUser } from './access';
import type { AdminRosterStore, RosterEntry } from './admin-roster-store';

/** Teams allows at most 60 user MRIs in a card's `refresh.userIds`. */
export const MAX_REFRESH_USER_IDS = 60;

/** Teams user MRIs (`29:...`) look like this; anything else is not put into a card. */
const USER_MRI = /^29:[A-Za-z0-9._-]{1,200}$/;

export interface KnownAdminsOptions {
  /** Where the roster survives restarts; without it, memory only. */
  readonly store?: AdminRosterStore;
  /** The access policy to check remembered admins against again; without it, nobody drops out on their own. */
  readonly policy?: AccessPolicy;
  readonly logger?: Logger;
  /** How old the last check may be before `userIds()` starts another one (default 5 minutes). */
  readonly recheckAfterMs?: number;
  readonly now?: () => number;
}

/**
 * The administrators (Teams MRIs) a shared card asks Teams to refresh for, so they get its write buttons:
 * learned when they pass a write check, stored, and checked against the access policy again (at start and
 * whenever the last check is older than `recheckAfterMs`), so a removed admin drops out. Newest first, at
 * most 60 (the Teams limit).
 */
export class KnownAdmins {
  private entries: RosterEntry[] = [];
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | undefined;

  constructor(private readonly options: KnownAdminsOptions = {}) {}

  /** Reads the stored roster; the first `userIds()` then checks it against the policy. */
  async load(): Promise<void> {
    if (this.options.store) this.entries = await this.options.store.load();
  }

  async remember(user: ActingUser): Promise<void> {
    if (!USER_MRI.test(user.id)) return;
    const seen: RosterEntry = { id: user.id, aadObjectId: user.aadObjectId, seenAt: this.now() };
    await this.change((entries) => [...entries.filter((entry) => entry.id !== user.id), seen].slice(-MAX_REFRESH_USER_IDS));
  }

  async forget(userId: string): Promise<void> {
    if (!this.entries.some((entry) => entry.id === userId)) return;
    await this.change((entries) => entries.filter((entry) => entry.id !== userId));
  }

  /** For `refresh.userIds`: newest first, never more than 60; starts a new check when the last is old. */
  userIds(): readonly string[] {
    const { policy, recheckAfterMs = 300_000 } = this.options;
    if (policy && !this.checking && this.now() - this.checkedAt >= recheckAfterMs) {
      this.checking = this.recheck(policy)
        .catch((error: unknown) => this.options.logger?.warn('checking the known administrators again failed', { error }))
        .finally(() => { this.checking = undefined; });
    }
    return this.entries.map((entry) => entry.id).reverse();
  }

  /** Resolves when no check is running (tests, shutdown). */
  async idle(): Promise<void> {
    await this.checking;
  }

  private async recheck(policy: AccessPolicy): Promise<void> {
    this.checkedAt = this.now();
    const refused = new Set<string>();
    for (const entry of this.entries) {
      try {
        const decision = await policy.check({ id: entry.id, name: 'administrator', aadObjectId: entry.aadObjectId }, 'write');
        if (!decision.allowed) refused.add(entry.id);
      } catch (error) {
        this.options.logger?.warn('could not check a known administrator again; kept for now', { userId: entry.id, error });
      }
    }
    if (refused.size > 0) await this.change((entries) => entries.filter((entry) => !refused.has(entry.id)));
  }

  /** Changes memory at once, then the stored roster (merged with other instances' changes). */
  private async change(apply: (entries: readonly RosterEntry[]) => RosterEntry[]): Promise<void> {
    this.entries = apply(this.entries);
    if (!this.options.store) return;
    try {
      this.entries = await this.options.store.change(apply);
    } catch (error) {
      this.options.logger?.warn('could not store the known administrators; kept in memory', { error });
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
