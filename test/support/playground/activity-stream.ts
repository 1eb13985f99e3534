import WebSocket from 'ws';

/** One event the Playground pushes to its web client: a bot message created or updated, typing, ... */
export interface StreamEvent {
  readonly action: string;
  readonly actionConversationId: string;
  readonly message?: StreamMessage;
}

export interface StreamMessage {
  readonly messageId: string;
  readonly text?: string;
  readonly from?: { readonly id: string };
  readonly attachments?: ReadonlyArray<{ readonly contentType: string; readonly content: unknown }>;
  /** The thread a channel post started (`<channel>;messageid=<id>`), where clicks on it come from. */
  readonly postConversationId?: string;
}

/** Collects everything the bot sends through the Playground (WS /_ws_conversation/v1/conversations/stream). */
export class ActivityStream {
  readonly events: StreamEvent[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.Data) => {
      const text = typeof data === 'string' ? data : Buffer.from(data as Buffer).toString('utf8');
      this.events.push(JSON.parse(text) as StreamEvent);
      for (const wake of this.waiters) wake();
    });
  }

  static open(playgroundUrl: string): Promise<ActivityStream> {
    const socket = new WebSocket(`${playgroundUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ActivityStream(socket)));
      socket.once('error', reject);
    });
  }

  /** Resolves with the first event (already received or arriving within `timeoutMs`) matching `predicate`. */
  waitFor(predicate: (event: StreamEvent) => boolean, timeoutMs = 10_000, what = 'a matching event'): Promise<StreamEvent> {
    const found = this.events.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const wake = (): void => {
        const event = this.events.find(predicate);
        if (!event) return;
        finish();
        resolve(event);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; received:\n${this.describe()}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      this.waiters.add(wake);
    });
  }

  /** Forgets what was received so far (the next waitFor only sees new events). */
  clear(): void {
    this.events.length = 0;
  }

  describe(): string {
    return this.events.map((event) => `${event.action} ${event.actionConversationId}: ${JSON.stringify(event.message).slice(0, 300)}`).join('\n');
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
