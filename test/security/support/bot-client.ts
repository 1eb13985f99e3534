import type { ConnectorCall, LoopbackConnector } from '../../support/loopback-connector';

export interface BotAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly rawBody: string;
  /** What the bot sent to the connector while this request was handled. */
  readonly sent: readonly ConnectorCall[];
}

/** Posts activities (or raw bytes) to the bot's /api/messages and collects what came back. */
export class BotClient {
  constructor(private readonly botUrl: string, private readonly connector: LoopbackConnector) {}

  async send(activity: unknown, headers: Record<string, string> = {}): Promise<BotAnswer> {
    return this.sendRaw(JSON.stringify(activity), headers);
  }

  async sendRaw(body: string, headers: Record<string, string> = {}): Promise<BotAnswer> {
    const since = this.connector.calls.length;
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const rawBody = await response.text();
    let parsed: unknown = rawBody;
    try {
      parsed = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      parsed = rawBody;
    }
    return { status: response.status, body: parsed, rawBody, sent: this.connector.callsSince(since) };
  }
}
