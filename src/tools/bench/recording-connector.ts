import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One proactive post the connector accepted. */
export interface RecordedSend {
  readonly conversationId: string;
  /** The activity's summary (a notification's one line), else its text. */
  readonly summary: string;
  readonly at: number;
}

export interface RecordingConnector {
  readonly url: string;
  readonly sends: readonly RecordedSend[];
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\/?/;

/**
 * A Bot Connector stand-in on 127.0.0.1 that records every post (`POST /v3/conversations/{id}/activities`)
 * the moment its body has arrived, then answers after `answerAfterMs`: a sender killed in that time
 * has delivered without learning it (what the outbox must record as `unknown`).
 */
export async function startRecordingConnector(answerAfterMs = 0): Promise<RecordingConnector> {
  const sends: RecordedSend[] = [];
  const server = createServer((request, response) => void record(request, response, sends, answerAfterMs));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sends,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function record(request: IncomingMessage, response: ServerResponse, sends: RecordedSend[], answerAfterMs: number): Promise<void> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of request) chunks.push(chunk as Buffer);
  } catch {
    return; // the sender died mid-request: nothing was posted
  }
  const match = ACTIVITY_PATH.exec(request.url ?? '');
  if (request.method !== 'POST' || !match) return answer(response, 404, { error: { code: 'NotFound', message: 'no such route' } });
  const activity = parse(Buffer.concat(chunks).toString('utf8'));
  const line = [activity.summary, activity.text].find((value): value is string => typeof value === 'string') ?? '';
  sends.push({ conversationId: decodeURIComponent(match[1] ?? ''), summary: line, at: Date.now() });
  if (answerAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, answerAfterMs));
  answer(response, 201, { id: `activity-${sends.length}` });
}

function parse(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function answer(response: ServerResponse, status: number, body: object): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}
