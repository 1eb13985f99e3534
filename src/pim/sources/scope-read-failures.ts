import { toAppError } from '../../errors/app-error';
import type { AzureScope } from '../arm/azure-scope';

/** An Azure subscription whose alerts could not be read: its alerts in the list are the last known. */
export interface ScopeReadFailure {
  readonly subscriptionId: string;
  /** The subscription's display name as Resource Manager gave it (unescaped), or its id when unknown. */
  readonly displayName: string;
  /** The first failed read of this outage (epoch ms); kept until a read succeeds. */
  readonly since: number;
  /** The app error code and HTTP status of the last failed read (never a message from Resource Manager). */
  readonly code: string;
  readonly status?: number;
}

/**
 * The subscriptions the bot cannot read right now (kept in memory, one instance's reads): a failed read records one
 * (since when, why), the next good read clears it, a subscription no longer watched is dropped.
 */
export class ScopeReadFailures {
  private readonly failures = new Map<string, ScopeReadFailure>();
  private readonly lastRead = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  failed(scope: AzureScope, error: unknown): void {
    const appError = toAppError(error);
    const status = typeof appError.details.status === 'number' ? appError.details.status : undefined;
    const since = this.failures.get(scope.subscriptionId)?.since ?? this.now();
    this.failures.set(scope.subscriptionId, {
      subscriptionId: scope.subscriptionId, displayName: scope.displayName ?? scope.subscriptionId, since, code: appError.code, ...(status === undefined ? {} : { status }),
    });
  }

  read(subscriptionId: string): void {
    this.failures.delete(subscriptionId);
    this.lastRead.set(subscriptionId, this.now());
  }

  /** When the subscription was last read successfully here (epoch ms), if it was. */
  readAt(subscriptionId: string): number | undefined {
    return this.lastRead.get(subscriptionId);
  }

  /** Forgets the subscriptions not in `watched` (removed from AZURE_ALERT_SCOPES, or no longer discovered). */
  keepOnly(watched: readonly string[]): void {
    for (const id of [...this.failures.keys()]) if (!watched.includes(id)) this.failures.delete(id);
    for (const id of [...this.lastRead.keys()]) if (!watched.includes(id)) this.lastRead.delete(id);
  }

  /** The unread subscriptions by name. */
  current(): readonly ScopeReadFailure[] {
    return [...this.failures.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}
