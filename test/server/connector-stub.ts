import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface CapturedCall {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** A loopback Bot Connector: records what the bot sends to serviceUrl and answers with an id. */
export class ConnectorStub {
  readonly calls: CapturedCall[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void readJson(req).then((body) => {
        this.calls.push({ method: req.method ?? '', path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${this.calls.length}` }));
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }

  /** Resolves once at least `count` calls arrived. */
  async waitFor(count: number): Promise<void> {
    while (this.calls.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}
