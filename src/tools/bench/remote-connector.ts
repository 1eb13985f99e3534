import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ConnectorCounts } from './loopback-connector';

/** The loopback connector in a child process, seen from the bench. */
export interface RemoteConnector {
  readonly url: string;
  reset(): Promise<void>;
  counts(): Promise<ConnectorCounts>;
  close(): Promise<void>;
}

interface Reply {
  readonly url?: string;
  readonly counts?: { accepted: [string, number][]; throttled: number; requests: number };
}

export async function startRemoteConnector(perSecond: number): Promise<RemoteConnector> {
  const child = fork(path.join(__dirname, 'connector-process.js'), [String(perSecond)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (): Promise<Reply> => new Promise((resolve) => child.once('message', (reply: Reply) => resolve(reply)));
  const { url } = await next();
  return {
    url: url ?? '',
    reset: async () => {
      child.send('reset');
      await pingCounts(child, next);
    },
    counts: async () => {
      const reply = await pingCounts(child, next);
      const counts = reply.counts ?? { accepted: [], throttled: 0, requests: 0 };
      return { accepted: new Map(counts.accepted), throttled: counts.throttled, requests: counts.requests };
    },
    close: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('close');
    }),
  };
}

function pingCounts(child: ChildProcess, next: () => Promise<Reply>): Promise<Reply> {
  const reply = next();
  child.send('counts');
  return reply;
}
