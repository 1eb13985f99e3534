import { loadConfig } from '../../config/load-config';
import { silentLogger } from '../../logging/json-logger';
import { createNotifications } from '../../notifications/create-notifications';
import { createAlertSource, watcherPacing } from '../../pim/create-alert-source';
import { demoSubscriptions } from '../simulator/arm/arm-seed';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator';
import { MemoryStorage } from '../../storage/memory-storage';

export interface AzureIdleRow {
  readonly scopes: number;
  /** Requests in one idle watcher cycle: Graph and Resource Manager together, and Resource Manager alone. */
  readonly requestsPerIdleCycle: number;
  readonly armRequestsPerIdleCycle: number;
  /** Most Resource Manager requests answered within any one second of the cycle. */
  readonly maxArmRequestsPerSecond: number;
  /** Time from the cycle's first Resource Manager request to its last. */
  readonly spreadSeconds: number;
  /** Resource Manager answers 429 in the cycle, with the simulator acting out the documented read buckets (250, 25 a second). */
  readonly throttled: number;
}

/** Resource Manager's documented read token bucket per subscription (and tenant): 250 reads, refilled at 25 a second. */
const DOCUMENTED_READ_BUCKET = { bucketSize: 250, refillPerSecond: 25 };

const POLL_INTERVAL_SECONDS = 10;

/**
 * The watcher's cost with AZURE_ALERT_SCOPES of `n` subscriptions against the simulator, for each `n`: one idle cycle
 * (nothing changed) after a first one, its requests counted and timed from the simulator's request log. The poll interval
 * is 10 s here so 200 scopes take seconds, not minutes; the spacing scales with the interval (README, "Azure resources").
 */
export async function runAzureIdle(scopeCounts: readonly number[]): Promise<AzureIdleRow[]> {
  const rows: AzureIdleRow[] = [];
  for (const scopes of scopeCounts) rows.push(await measure(scopes));
  return rows;
}

async function measure(scopes: number): Promise<AzureIdleRow> {
  const simulator = await startSimulator({ pageSize: 50, azureSubscriptions: Math.max(scopes, 1) });
  try {
    const ids = demoSubscriptions(scopes).map((sub) => sub.subscriptionId);
    const config = loadConfig({
      GRAPH_BASE_URL: simulator.url, POLL_INTERVAL_SECONDS: String(POLL_INTERVAL_SECONDS),
      ...(scopes > 0 ? { AZURE_ALERT_SCOPES: ids.join(','), AZURE_RESOURCE_MANAGER_URL: simulator.url } : {}),
    });
    await control(simulator, 'PUT', '/_simulator/azure/read-limits', DOCUMENTED_READ_BUCKET);
    const pim = createAlertSource(config, silentLogger, { work: 'background', pacing: watcherPacing(config) });
    const notifications = createNotifications({
      config: { notifications: { pollIntervalSeconds: POLL_INTERVAL_SECONDS, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 3, historyRetentionDays: 35 }, graph: { refreshTimeoutMs: 5000 } },
      storage: new MemoryStorage(), sender: { send: () => Promise.resolve({ ok: true }) }, pim,
      audit: { record: () => Promise.resolve(), recent: () => Promise.resolve([]) },
      logger: silentLogger,
    } as unknown as Parameters<typeof createNotifications>[0]);
    await notifications.watcher.pollNow();
    await control(simulator, 'DELETE', '/_simulator/requests');
    await notifications.watcher.pollNow();
    return { scopes, ...(await cycleStats(simulator)) };
  } finally {
    await simulator.close();
  }
}

async function cycleStats(simulator: RunningSimulator): Promise<Omit<AzureIdleRow, 'scopes'>> {
  const body = (await (await control(simulator, 'GET', '/_simulator/requests')).json()) as { value: Array<{ time: string; path: string; status: number }> };
  const arm = body.value.filter((entry) => entry.path.startsWith('/subscriptions/')).map((entry) => Date.parse(entry.time)).sort((a, b) => a - b);
  let maxPerSecond = 0;
  for (let i = 0, j = 0; i < arm.length; i += 1) {
    while ((arm[i] ?? 0) - (arm[j] ?? 0) >= 1000) j += 1;
    maxPerSecond = Math.max(maxPerSecond, i - j + 1);
  }
  const spread = arm.length > 1 ? ((arm.at(-1) ?? 0) - (arm[0] ?? 0)) / 1000 : 0;
  const throttled = body.value.filter((entry) => entry.status === 429).length;
  return { requestsPerIdleCycle: body.value.length, armRequestsPerIdleCycle: arm.length, maxArmRequestsPerSecond: maxPerSecond, spreadSeconds: Math.round(spread * 10) / 10, throttled };
}

async function control(simulator: RunningSimulator, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${simulator.url}${path}`, { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status}`);
  return response;
}
