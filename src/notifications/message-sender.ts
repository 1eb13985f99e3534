import type { OutgoingMessage } from '../cards/outgoing-message';
import type { ConversationAddress } from './conversation-address';

/** What one send attempt came to. `status` 0 means no HTTP answer (network error, timeout). */
export type SendResult =
  | { readonly ok: true; readonly activityId?: string }
  | { readonly ok: false; readonly status: number; readonly code?: string; readonly retryAfterMs?: number; readonly message?: string };

/**
 * One proactive send into a stored conversation, nothing more: no pacing, no retries. Failures come
 * back as values so the delivery queue decides what to retry. The botbuilder edge implements it.
 */
export interface MessageSender {
  send(reference: ConversationAddress, message: OutgoingMessage): Promise<SendResult>;
}
