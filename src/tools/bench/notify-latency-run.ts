import { loadConfig } from '../../config/load-config';
import { silentLogger } from '../../logging/json-logger';
import { createNotifications } from '../../notifications/create-notifications';
import { createPimAlerts } from '../../pim/create-pim-alerts';
import { MemoryStorage } from '../../storage/memory-storage';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator';

/** One change in the simulator and the card it led to. */
export interface NotifySample {
  /** From the change to the watcher's next alert list (the wait for the poll: uniform over one interval). */
  readonly waitMs: number;
  /** From that list to the card handed to Teams (incidents read, outbox, send). */
  readonly processMs: number;
}

export interface NotifyLatencyRow {
  readonly intervalSeconds: number;
  readonly p50Seconds: number;
  readonly p95Seconds: number;
}

const STALE = 'StaleSignInAlert';

/**
 * Time to notify: the real watcher polls the simulator every `runIntervalMs` (a scaled clock: the wait for
 * the next poll scales with the interval, the processing does not), and `samples` changes are made at
 * random moments. A sample at interval T is `wait × T / runInterval + processing`; p50 and p95 per interval.
 */
export async function runNotifyLatency(intervalsSeconds: readonly number[], samples = 25, runIntervalMs = 1000): Promise<{ rows: NotifyLatencyRow[]; processP50Ms: number }> {
  const simulator = await startSimulator({ pageSize: 50 });
  const posted: number[] = [];
  try {
    const pim = createPimAlerts(loadConfig({ GRAPH_BASE_URL: simulator.url }).graph, silentLogger);
    const notifications = createNotifications({
      config: { notifications: { pollIntervalSeconds: runIntervalMs / 1000, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 3, historyRetentionDays: 35 }, graph: { refreshTimeoutMs: 5000 } },
      storage: new MemoryStorage(), pim, logger: silentLogger,
      sender: { send: () => { posted.push(Date.now()); return Promise.resolve({ ok: true }); } },
      audit: { record: () => Promise.resolve(), recent: () => Promise.resolve([]) },
    });
    const reference = { channelId: 'msteams', serviceUrl: 'https://smba.example.invalid/', conversation: { id: 'bench-channel', tenantId: 'bench' } };
    await notifications.conversations.save(reference, 'channel');
    await notifications.subscriptions.subscribe('bench-channel', 'informational', { id: 'bench', name: 'Bench' });
    const alertId = (await pim.listAlerts()).find((alert) => alert.id.endsWith(`_${STALE}`))?.id ?? '';
    notifications.watcher.start();
    await until(() => notifications.watcher.health().lastResult === 'baseline');
    const measured: NotifySample[] = [];
    for (let sample = 0; sample < samples; sample += 1) {
      await pause(Math.random() * runIntervalMs);
      await control(simulator, 'DELETE', '/_simulator/requests');
      const before = posted.length;
      const changedAt = Date.now();
      await control(simulator, 'POST', `/_simulator/alerts/${encodeURIComponent(alertId)}/incidents`, { count: 1 });
      await until(() => posted.length > before);
      const listedAt = await firstListAfter(simulator, changedAt);
      measured.push({ waitMs: listedAt - changedAt, processMs: (posted[before] ?? listedAt) - listedAt });
    }
    await notifications.watcher.stop();
    const rows = intervalsSeconds.map((seconds) => row(seconds, measured.map((m) => (m.waitMs * seconds * 1000) / runIntervalMs + m.processMs)));
    return { rows: [{ ...row(runIntervalMs / 1000, measured.map((m) => m.waitMs + m.processMs)) }, ...rows], processP50Ms: percentile(measured.map((m) => m.processMs), 0.5) };
  } finally {
    await simulator.close();
  }
}

function row(intervalSeconds: number, delaysMs: readonly number[]): NotifyLatencyRow {
  return { intervalSeconds, p50Seconds: percentile(delaysMs, 0.5) / 1000, p95Seconds: percentile(delaysMs, 0.95) / 1000 };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/** When the simulator answered the first alert list after `after` (the watcher's poll that saw the change). */
async function firstListAfter(simulator: RunningSimulator, after: number): Promise<number> {
  const body = (await (await control(simulator, 'GET', '/_simulator/requests')).json()) as { value: { time: string; method: string; path: string }[] };
  const list = body.value.find((entry) => entry.method === 'GET' && /roleManagementAlerts\/alerts(\?|$)/.test(entry.path) && Date.parse(entry.time) >= after);
  return list ? Date.parse(list.time) : after;
}

async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 30_000) throw new Error('bench: timed out waiting for the watcher');
    await pause(10);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function control(simulator: RunningSimulator, method: string, path: string, body?: object): Promise<Response> {
  const response = await fetch(`${simulator.url}${path}`, {
    method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}
