import type { AlertKey } from '../pim/alert-catalog';
import type { Storage } from '../storage/storage';
import type { SeverityFloor } from './severity-floor';
import { KEYS, channelRoot, conversationKey } from './storage-keys';

/** One conversation's wish to be told when incidents rise on alerts at or above a severity. */
export interface Subscription {
  readonly conversationId: string;
  readonly minimumSeverity: SeverityFloor;
  /** Only these alert types notify (both filters apply); absent or empty: every type. */
  readonly alertTypes?: readonly AlertKey[];
  /** Only alerts of these scopes notify (`directory`, `/subscriptions/{id}`); absent or empty: every scope. */
  readonly scopes?: readonly string[];
  readonly subscribedBy: { readonly id: string; readonly name: string };
  readonly subscribedAt: string;
}

export class SubscriptionStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates the conversation's subscription or changes its severity floor (its alert types are kept). */
  async subscribe(conversationId: string, minimumSeverity: SeverityFloor, by: Subscription['subscribedBy']): Promise<Subscription> {
    return this.update(conversationId, by, (current) => ({ minimumSeverity, alertTypes: current?.alertTypes, scopes: current?.scopes }));
  }

  /**
   * Limits the subscription to these alert types (empty: every type again). Creates the subscription
   * when there is none, from `newFloor` up.
   */
  async setAlertTypes(conversationId: string, alertTypes: readonly AlertKey[], by: Subscription['subscribedBy'], newFloor: SeverityFloor): Promise<Subscription> {
    return this.update(conversationId, by, (current) => ({ minimumSeverity: current?.minimumSeverity ?? newFloor, alertTypes, scopes: current?.scopes }));
  }

  /** Limits the subscription to these scopes (empty: every scope again); creates it from `newFloor` when there is none. */
  async setScopes(conversationId: string, scopes: readonly string[], by: Subscription['subscribedBy'], newFloor: SeverityFloor): Promise<Subscription> {
    return this.update(conversationId, by, (current) => ({ minimumSeverity: current?.minimumSeverity ?? newFloor, alertTypes: current?.alertTypes, scopes }));
  }

  private async update(
    conversationId: string, by: Subscription['subscribedBy'],
    change: (current: Subscription | undefined) => Pick<Subscription, 'minimumSeverity' | 'alertTypes' | 'scopes'>,
  ): Promise<Subscription> {
    const id = channelRoot(conversationId);
    const key = conversationKey(KEYS.subscriptions, id);
    const current = await this.storage.read<Subscription>(key);
    const { minimumSeverity, alertTypes, scopes } = change(current?.value);
    const subscription: Subscription = {
      conversationId: id,
      minimumSeverity,
      ...(alertTypes && alertTypes.length > 0 ? { alertTypes: [...alertTypes] } : {}),
      ...(scopes && scopes.length > 0 ? { scopes: [...scopes] } : {}),
      subscribedBy: { id: by.id, name: by.name },
      subscribedAt: new Date(this.now()).toISOString(),
    };
    await this.storage.write(key, subscription, current?.etag ?? null);
    return subscription;
  }

  /** True when there was a subscription to remove. */
  async unsubscribe(conversationId: string): Promise<boolean> {
    return this.storage.delete(conversationKey(KEYS.subscriptions, channelRoot(conversationId)));
  }

  async get(conversationId: string): Promise<Subscription | undefined> {
    return (await this.storage.read<Subscription>(conversationKey(KEYS.subscriptions, channelRoot(conversationId))))?.value;
  }

  async list(): Promise<readonly Subscription[]> {
    return (await this.storage.list<Subscription>(KEYS.subscriptions)).map((item) => item.value);
  }
}
