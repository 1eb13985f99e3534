import type { E2eStack } from './e2e-stack';

export interface InvokeUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export interface BotInvokeAnswer {
  readonly status: number;
  readonly body: { statusCode?: number; type?: string; value?: unknown };
}

/**
 * An `Action.Execute` invoke posted to the bot's /api/messages as Teams sends it (local mode: no auth),
 * optionally with `value.authentication` (the SSO token Teams resends after a loginRequest). The Agents
 * Playground cannot do this part of SSO, so these steps go to the real server directly.
 */
export async function botInvoke(
  stack: E2eStack, user: InvokeUser, replyToId: string, verb: string, data: unknown, authentication?: { token: string },
): Promise<BotInvokeAnswer> {
  const activity = {
    type: 'invoke', name: 'adaptiveCard/action', id: `invoke-${Date.now()}`, channelId: 'msteams', serviceUrl: stack.dev.playgroundUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: stack.config.bot,
    conversation: { id: stack.config.personalChat.id, conversationType: 'personal', tenantId: stack.config.tenantId },
    channelData: { tenant: { id: stack.config.tenantId } },
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual', ...(authentication ? { authentication: { id: 'sso-1', connectionName: 'graph', ...authentication } } : {}) },
  };
  const response = await fetch(`${stack.dev.botUrl}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : JSON.parse(text) as BotInvokeAnswer['body'] };
}
