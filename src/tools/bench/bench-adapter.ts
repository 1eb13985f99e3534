import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';

/** A real CloudAdapter without credentials (as in local mode): proactive sends go straight to serviceUrl. */
export function createBenchAdapter(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
}

export function benchReference(serviceUrl: string, conversationId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl,
    bot: { id: '28:bench-bot', name: 'bench' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'bench-tenant', isGroup: false, name: '' },
  };
}

export function conversationIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `a:bench-conversation-${String(index).padStart(4, '0')}`);
}
