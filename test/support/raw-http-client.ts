import { connect, type Socket } from 'node:net';

/** A raw HTTP/1.1 connection whose status line (if any) and close are recorded, for clients that stall. */
export interface RawConnection {
  readonly socket: Socket;
  /** The status code of the answer, once one arrived. */
  status?: number;
  closed: boolean;
}

/** Opens a connection to `url`'s host and port and writes `head` (and `body`, if given) without ending. */
export function openRaw(url: string, head: string, body?: Buffer): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const connection: RawConnection = { socket, closed: false };
    socket.on('data', (data: Buffer) => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(data.toString('latin1'));
      if (match && connection.status === undefined) connection.status = Number(match[1]);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => { connection.closed = true; });
    socket.once('connect', () => {
      socket.write(head);
      if (body) socket.write(body);
      resolve(connection);
    });
    socket.once('error', reject);
  });
}

/** The head of a JSON POST to /api/messages declaring `contentLength` bytes. */
export function postHead(contentLength: number): string {
  return `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`;
}

/** Polls `condition` every 20 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
