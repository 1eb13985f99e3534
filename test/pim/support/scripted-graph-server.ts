import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * A tiny Graph stand-in on 127.0.0.1:0 answering from a script keyed by `METHOD path`, for the documented
 * variants the simulator does not emit (204 refresh, 200 PATCH with body, off-origin next links).
 */
export class ScriptedGraphServer {
  readonly seen: SeenRequest[] = [];
  url = '';
  private server?: Server;

  constructor(private readonly script: (method: string, path: string, url: string) => ScriptedAnswer) {}

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const method = request.method ?? 'GET';
      const url = request.url ?? '/';
      this.seen.push({ method, url, headers: request.headers });
      const answer = this.script(method, url.split('?')[0] ?? '', url);
      request.resume();
      const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
      response.writeHead(answer.status, { ...(body ? { 'Content-Type': 'application/json' } : {}), ...answer.headers });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }
}
