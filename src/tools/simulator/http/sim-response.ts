import type { ServerResponse } from 'node:http';

/** What a handler answers: a status, an optional JSON body and extra headers. */
export interface SimResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph's JSON content type (OData minimal metadata). */
export const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export const json = (body: unknown, status = 200): SimResponse => ({ status, body });

export const noContent = (): SimResponse => ({ status: 204 });

export function writeResponse(res: ServerResponse, response: SimResponse): void {
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.body === undefined) {
    if (response.status !== 204) res.setHeader('Content-Length', '0');
    res.writeHead(response.status);
    res.end();
    return;
  }
  const text = JSON.stringify(response.body);
  res.setHeader('Content-Type', GRAPH_JSON);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.writeHead(response.status);
  res.end(text);
}
