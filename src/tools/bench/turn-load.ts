/** Sends message activities to a bot's /api/messages, a few at a time, and measures each turn. */
export interface TurnLoad {
  readonly botUrl: string;
  readonly serviceUrl: string;
  readonly text: string;
  readonly turns: number;
  readonly concurrency: number;
}

export interface TurnStats {
  readonly turns: number;
  readonly failed: number;
  readonly wallMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** CloudAdapter answers the POST once the turn (and its reply to the connector) is done. */
export async function runTurnLoad(load: TurnLoad): Promise<TurnStats> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < load.turns) {
      const index = next++;
      const sent = performance.now();
      const response = await fetch(`${load.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(load, index)) });
      await response.arrayBuffer();
      if (response.status >= 300) failed += 1;
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { turns: load.turns, failed, wallMs: performance.now() - started, p50Ms: percentile(latencies, 0.5), p95Ms: percentile(latencies, 0.95) };
}

function activity(load: TurnLoad, index: number): object {
  const conversation = `bench-personal-${index % 16}`;
  return {
    type: 'message', id: `bench-${index}`, text: load.text, channelId: 'msteams', serviceUrl: load.serviceUrl,
    from: { id: '29:bench-user', name: 'Bench User', aadObjectId: '0b1e0b1e-0000-4000-8000-000000000001' },
    recipient: { id: '28:bench-bot', name: 'PIM Alerts' },
    conversation: { id: conversation, conversationType: 'personal', tenantId: '3b0e753b-22fa-4c16-9bf2-470b80be80d6' },
    channelData: { tenant: { id: '3b0e753b-22fa-4c16-9bf2-470b80be80d6' } },
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}
