import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake Bot Connector saw. */
export interface ConnectorCounts {
  /** Accepted messages per conversation id. */
  readonly accepted: Map<string, number>;
  throttled: number;
  requests: number;
}

export interface LoopbackConnector {
  readonly url: string;
  readonly counts: ConnectorCounts;
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\/?/;

/**
 * A Bot Connector stand-in on 127.0.0.1: accepts `POST /v3/conversations/{id}/activities` up to
 * `perSecond` in any sliding second, answers 429 with `Retry-After: 1` beyond it.
 */
export async function startLoopbackConnector(perSecond: number): Promise<LoopbackConnector> {
  const counts: ConnectorCounts = { accepted: new Map(), throttled: 0, requests: 0 };
  let window: number[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    request.resume();
    request.on('end', () => {
      counts.requests += 1;
      const match = ACTIVITY_PATH.exec(request.url ?? '');
      if (request.method !== 'POST' || !match) return answer(response, 404, { error: { code: 'NotFound', message: 'no such route' } });
      const now = Date.now();
      window = window.filter((time) => time > now - 1000);
      if (window.length >= perSecond) {
        counts.throttled += 1;
        return answer(response, 429, { error: { code: 'Throttled', message: 'too many requests' } }, { 'Retry-After': '1' });
      }
      window.push(now);
      const conversationId = decodeURIComponent(match[1] as string);
      counts.accepted.set(conversationId, (counts.accepted.get(conversationId) ?? 0) + 1);
      answer(response, 201, { id: `activity-${counts.requests}` });
    });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    reset: () => {
      counts.accepted.clear();
      counts.throttled = 0;
      counts.requests = 0;
      window = [];
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function answer(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
