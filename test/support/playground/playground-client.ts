export interface PlaygroundUserInfo {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export interface PlaygroundConfig {
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly currentUser: PlaygroundUserInfo;
  readonly users: readonly PlaygroundUserInfo[];
  readonly personalChat: { readonly id: string };
  readonly groupChats: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly teams: ReadonlyArray<{ readonly id: string; readonly name: string; readonly channels: ReadonlyArray<{ readonly id: string; readonly name: string }> }>;
}

/** The Playground's answer to an Action.Execute invoke: the bot's invoke response without its status code. */
export interface InvokeReply {
  readonly type?: string;
  readonly value?: unknown;
}

/** The Playground's plain HTTP API (what its web client calls), for tests that act as Teams users. */
export class PlaygroundClient {
  constructor(readonly url: string) {}

  async config(): Promise<PlaygroundConfig> {
    const response = await fetch(`${this.url}/_internal/v1/config`);
    return ((await this.json(response, 'GET config')) as { config: PlaygroundConfig }).config;
  }

  /** Sends the install events (installationUpdate + conversationUpdate) of a chat, team or channel. */
  async install(conversationId: string): Promise<void> {
    await this.post(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {}, 'install');
  }

  /** Sends a built-in custom activity (`uninstall`, `install`, `userAdded`, ...) for a conversation. */
  async customActivity(conversationId: string, type: string): Promise<void> {
    const query = new URLSearchParams({ conversationId, type });
    const template = await fetch(`${this.url}/_internal/v1/customActivities/template?${query.toString()}`);
    await this.post('/_internal/v1/customActivities', await this.json(template, `template ${type}`), type);
  }

  /** Posts a user's message; `mention` prefixes it with an @mention of the bot (needed in channels and group chats). */
  async send(conversationId: string, fromId: string, text: string, options: { mention?: { id: string; name: string } } = {}): Promise<{ messageId: string; postConversationId?: string }> {
    const mentionText = options.mention ? `<at>${options.mention.name}</at>` : undefined;
    const body = {
      type: 'text', textFormat: 'plain', from: { id: fromId },
      text: mentionText ? `${mentionText} ${text}` : text,
      ...(options.mention ? { mentions: [{ mentioned: { id: options.mention.id }, text: mentionText }] } : {}),
    };
    return (await this.post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body, 'send')) as { messageId: string };
  }

  /** Clicks an Action.Execute button of the message `replyToId`; resolves with the bot's invoke response. */
  async execute(conversationId: string, fromId: string, replyToId: string, verb: string, data: unknown): Promise<InvokeReply> {
    const body = {
      name: 'adaptiveCard/action', from: { id: fromId }, conversation: { id: conversationId }, replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
    return (await this.post('/_conversation/v1/invoke', body, `invoke ${verb}`)) as InvokeReply;
  }

  private async post(path: string, body: unknown, what: string): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return this.json(response, what);
  }

  private async json(response: Response, what: string): Promise<unknown> {
    const text = await response.text();
    if (!response.ok) throw new Error(`Playground ${what} failed: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}
