import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from './loopback-server';

/** One call the bot made to the Bot Connector API (a reply, a new message or an update). */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly activity: Record<string, unknown>;
  /** The activity id this connector answered with. */
  readonly id: string;
}

/**
 * A stand-in Bot Connector service on 127.0.0.1: the `serviceUrl` of every test activity, so the
 * bot's replies and card updates land here and can be inspected.
 */
export class LoopbackConnector {
  readonly calls: ConnectorCall[] = [];
  private server: LoopbackServer | undefined;
  private nextId = 1;
  private waiters: (() => void)[] = [];

  get url(): string {
    if (!this.server) throw new Error('LoopbackConnector is not started');
    return `${this.server.origin}/`;
  }

  async start(): Promise<this> {
    this.server = await listenOnLoopback((request, response) => void this.handle(request, response));
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.close();
  }

  /** Resolves once at least `count` calls arrived. */
  async waitFor(count: number): Promise<void> {
    while (this.calls.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** The calls whose activity answers (replyToId) or sits in the given conversation, from index `since`. */
  callsSince(since: number): readonly ConnectorCall[] {
    return this.calls.slice(since);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let activity: Record<string, unknown> = {};
    try {
      activity = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch (error: unknown) {
      activity = { unparsable: text, error: String(error) };
    }
    const id = `sent-${this.nextId++}`;
    this.calls.push({ method: request.method ?? '', path: request.url ?? '', authorization: request.headers.authorization, activity, id });
    const body = request.url?.endsWith('/v3/conversations') ? { id: `conv-${id}`, activityId: id } : { id };
    // restify patches http.ServerResponse in this process: no chaining on writeHead.
    response.statusCode = 200;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
    for (const wake of this.waiters.splice(0)) wake();
  }
}
