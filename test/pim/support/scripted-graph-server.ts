import type { IncomingHttpHeaders } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';

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
  private server?: LoopbackServer;

  constructor(private readonly script: (method: string, path: string, url: string) => ScriptedAnswer) {}

  async start(): Promise<void> {
    this.server = await listenOnLoopback((request, response) => {
      const method = request.method ?? 'GET';
      const url = request.url ?? '/';
      this.seen.push({ method, url, headers: request.headers });
      const answer = this.script(method, url.split('?')[0] ?? '', url);
      request.resume();
      const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
      response.writeHead(answer.status, { ...(body ? { 'Content-Type': 'application/json' } : {}), ...answer.headers });
      response.end(body);
    });
    this.url = this.server.origin;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}
