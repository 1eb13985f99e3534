import type { Storage } from '../storage/storage';

/** The one conversation chosen (`watch here`) to get watch-health cards instead of every subscribed one. */
export interface OpsConversation {
  readonly conversationId: string;
  readonly setBy: { readonly id: string; readonly name: string };
  readonly setAt: string;
}

const OPS_KEY = 'watch-health/ops';

export class OpsConversationStore {
  constructor(private readonly storage: Storage) {}

  async get(): Promise<OpsConversation | undefined> {
    return (await this.storage.read<OpsConversation>(OPS_KEY))?.value;
  }

  async set(ops: OpsConversation): Promise<void> {
    await this.storage.write(OPS_KEY, ops);
  }

  /** True when one was set. */
  clear(): Promise<boolean> {
    return this.storage.delete(OPS_KEY);
  }
}
