/** Activities as Teams would send them to /api/messages, pointed at a loopback connector. */
export interface TestUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

export const TENANT_ID = '00000000-0000-4000-8000-0000000000aa';
export const CONVERSATION_ID = 'a:security-test-personal-chat';
export const BOT = { id: '28:pim-alerts-bot', name: 'PIM Alerts' };

let sequence = 0;
const nextId = (): string => `act-${Date.now().toString(36)}-${(sequence += 1)}`;

function base(serviceUrl: string, from: TestUser): Record<string, unknown> {
  return {
    id: nextId(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: BOT,
    conversation: { id: CONVERSATION_ID, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-US',
  };
}

export function messageActivity(serviceUrl: string, from: TestUser, text: unknown): Record<string, unknown> {
  return { ...base(serviceUrl, from), type: 'message', text };
}

/** A Universal Action (`adaptiveCard/action`) invoke for `verb` with `data`. */
export function actionInvoke(serviceUrl: string, from: TestUser, verb: unknown, data: unknown, trigger = 'manual'): Record<string, unknown> {
  return {
    ...base(serviceUrl, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger },
  };
}

/** An invoke with an arbitrary `value` (wrong shapes, missing fields). */
export function rawInvoke(serviceUrl: string, from: TestUser, name: unknown, value: unknown): Record<string, unknown> {
  return { ...base(serviceUrl, from), type: 'invoke', name, replyToId: 'card-message-1', value };
}

/** An `Action.Submit` fallback from an old client: a message whose `value` carries the verb and data. */
export function submitActivity(serviceUrl: string, from: TestUser, value: unknown): Record<string, unknown> {
  return { ...base(serviceUrl, from), type: 'message', replyToId: 'card-message-1', value };
}
