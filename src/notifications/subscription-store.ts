import type { Storage } from '../storage/storage';
import type { SeverityFloor } from './severity-floor';
import { KEYS, channelRoot, conversationKey } from './storage-keys';

/** One conversation's wish to be told when incidents rise on alerts at or above a severity. */
export interface Subscription {
  readonly conversationId: string;
  readonly minimumSeverity: SeverityFloor;
  readonly subscribedBy: { readonly id: string; readonly name: string };
  readonly subscribedAt: string;
}

export class SubscriptionStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates or replaces the conversation's subscription. */
  async subscribe(conversationId: string, minimumSeverity: SeverityFloor, by: Subscription['subscribedBy']): Promise<Subscription> {
    const id = channelRoot(conversationId);
    const subscription: Subscription = {
      conversationId: id,
      minimumSeverity,
      subscribedBy: { id: by.id, name: by.name },
      subscribedAt: new Date(this.now()).toISOString(),
    };
    await this.storage.write(conversationKey(KEYS.subscriptions, id), subscription);
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
