import type { ConversationScope } from '../use-cases/turn';
import type { ConversationAddress } from './conversation-address';
import type { Storage } from '../storage/storage';
import { unlessConflict } from '../storage/storage-conflict';
import { KEYS, channelRoot, conversationKey } from './storage-keys';

/** Where the bot can post proactively: one per personal chat, group chat or team channel. */
export interface ConversationRecord {
  readonly conversationId: string;
  readonly scope: ConversationScope;
  readonly tenantId?: string;
  readonly reference: ConversationAddress;
  readonly updatedAt: string;
  /**
   * Set when a send was refused because an admin disabled the bot there: nothing is posted until someone
   * in the conversation talks to the bot again (any message or a reinstall saves a fresh record).
   */
  readonly paused?: { readonly at: string; readonly reason: string };
}

/** Conversation references on the Storage port: survive restarts, one record per conversation. */
export class ConversationStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores (or refreshes) the reference; returns the record, or undefined when it has no conversation id. */
  async save(reference: ConversationAddress, scope: ConversationScope): Promise<ConversationRecord | undefined> {
    const rawId = reference.conversation?.id;
    if (!rawId) return undefined;
    const conversationId = channelRoot(rawId);
    const record: ConversationRecord = {
      conversationId,
      scope,
      tenantId: reference.conversation?.tenantId,
      reference: { ...reference, conversation: { ...reference.conversation, id: conversationId } },
      updatedAt: new Date(this.now()).toISOString(),
    };
    await this.storage.write(conversationKey(KEYS.conversations, conversationId), record);
    return record;
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    return (await this.storage.read<ConversationRecord>(conversationKey(KEYS.conversations, channelRoot(conversationId))))?.value;
  }

  /**
   * Marks the conversation paused (see `ConversationRecord.paused`). False when it is not stored, or when
   * it was saved afresh meanwhile (someone talked to the bot: it is reachable again, so it stays unpaused).
   */
  async pause(conversationId: string, reason: string): Promise<boolean> {
    const key = conversationKey(KEYS.conversations, channelRoot(conversationId));
    const stored = await this.storage.read<ConversationRecord>(key);
    if (!stored) return false;
    const paused = { ...stored.value, paused: { at: new Date(this.now()).toISOString(), reason } };
    return unlessConflict(() => this.storage.write(key, paused, stored.etag).then(() => true), false);
  }

  async remove(conversationId: string): Promise<boolean> {
    return this.storage.delete(conversationKey(KEYS.conversations, channelRoot(conversationId)));
  }

  async list(): Promise<readonly ConversationRecord[]> {
    return (await this.storage.list<ConversationRecord>(KEYS.conversations)).map((item) => item.value);
  }
}
