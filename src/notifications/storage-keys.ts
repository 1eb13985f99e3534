/** Storage keys of the notifications side. Conversation ids are URI-encoded so prefixes stay exact. */
export const KEYS = {
  conversations: 'conversations/',
  subscriptions: 'subscriptions/',
  snapshot: 'watcher/snapshot',
  broadcasts: 'broadcasts/',
  deliveries: (broadcastId: string): string => `deliveries/${broadcastId}/`,
} as const;

export function conversationKey(prefix: string, conversationId: string): string {
  return `${prefix}${encodeURIComponent(conversationId)}`;
}

/**
 * The conversation a proactive message goes to. A channel message's conversation id carries
 * `;messageid=...` (its thread); notifications start a new post in the channel instead.
 */
export function channelRoot(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return cut === -1 ? conversationId : conversationId.slice(0, cut);
}
