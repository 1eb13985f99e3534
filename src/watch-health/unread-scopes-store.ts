import type { ScopeReadFailure } from '../pim/sources/scope-read-failures';
import type { Storage } from '../storage/storage';
import type { WatchStatus } from './watch-status';

/** The Azure subscriptions the leader's reads could not read, as it last published them. */
export interface PublishedUnreadScopes {
  /** When the leader wrote it (ISO). */
  readonly at: string;
  readonly scopes: readonly ScopeReadFailure[];
}

const KEY = 'watcher/unread-scopes';

/**
 * The leader's unread subscriptions for every instance's `watch` and `alerts`: written by the leader (fenced, in the
 * watcher's namespace) only when the list changes, read by every instance's health check.
 */
export class UnreadScopesStore {
  constructor(private readonly storage: Storage) {}

  async publish(scopes: readonly ScopeReadFailure[], at: number): Promise<void> {
    await this.storage.write(KEY, { at: new Date(at).toISOString(), scopes } satisfies PublishedUnreadScopes);
  }

  async read(): Promise<PublishedUnreadScopes | undefined> {
    return (await this.storage.read<PublishedUnreadScopes>(KEY))?.value;
  }
}

/** What this instance's reads know (ScopeReadFailures). */
export interface LocalScopeReads {
  current(): readonly ScopeReadFailure[];
  readAt(subscriptionId: string): number | undefined;
}

/**
 * This instance's unread subscriptions and the leader's: the local record first; a leader's entry is dropped once this
 * instance read that subscription after the leader published it.
 */
export function mergeUnreadScopes(local: LocalScopeReads, published: PublishedUnreadScopes | undefined): readonly ScopeReadFailure[] {
  const own = local.current();
  const at = published ? Date.parse(published.at) : 0;
  const leaders = (published?.scopes ?? []).filter((scope) => !own.some((mine) => mine.subscriptionId === scope.subscriptionId) && !((local.readAt(scope.subscriptionId) ?? -Infinity) > at));
  return [...own, ...leaders].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The health check's findings with the unread subscriptions as `watch` and `alerts` show them. */
export function withUnreadScopes(status: WatchStatus, local: LocalScopeReads): WatchStatus {
  return { ...status, unreadScopes: mergeUnreadScopes(local, status.leaderUnread) };
}
