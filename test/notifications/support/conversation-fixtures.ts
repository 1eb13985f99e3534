import type { ConversationAddress } from '../../../src/notifications/conversation-address';

export const TENANT = '11111111-2222-3333-4444-555555555555';

/** A conversation reference as Teams would give it. */
export function referenceFor(conversationId: string, conversationType = 'personal'): ConversationAddress {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example.invalid/teams/',
    bot: { id: '28:bot', name: 'PIM Alerts' },
    conversation: { id: conversationId, conversationType, tenantId: TENANT, isGroup: conversationType !== 'personal', name: '' },
  };
}
