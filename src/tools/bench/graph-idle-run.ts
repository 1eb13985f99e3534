import { loadConfig } from '../../config/load-config';
import { silentLogger } from '../../logging/json-logger';
import { createNotifications } from '../../notifications/create-notifications';
import { createPimAlerts } from '../../pim/create-pim-alerts';
import { startSimulator, type RunningSimulator } from '../simulator/start-simulator';
import { MemoryStorage } from '../../storage/memory-storage';

export interface IdleCycleRow {
  readonly alerts: number;
  readonly incidents: number;
  /** Graph requests in one idle cycle (nothing changed), averaged over the cycles run. */
  readonly requestsPerIdleCycle: number;
  /** Graph requests in the cycle right after one alert's incidents rose. */
  readonly requestsAfterRise: number;
}

const IDLE_CYCLES = 3;

/** Graph requests the watcher makes per cycle against the simulator, as incidents grow. */
export async function runGraphIdle(incidentsPerAlertSteps: readonly number[]): Promise<IdleCycleRow[]> {
  const simulator = await startSimulator({ pageSize: 50 });
  try {
    const pim = createPimAlerts(loadConfig({ GRAPH_BASE_URL: simulator.url }).graph, silentLogger);
    const notifications = createNotifications({
      config: { notifications: { pollIntervalSeconds: 5, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 3, historyRetentionDays: 35 }, graph: { refreshTimeoutMs: 5000 } },
      storage: new MemoryStorage(), sender: { send: () => Promise.resolve({ ok: true }) }, pim,
      audit: { record: () => Promise.resolve(), recent: () => Promise.resolve([]) },
      logger: silentLogger,
    });
    const rows: IdleCycleRow[] = [];
    const alertIds = (await pim.listAlerts()).map((alert) => alert.id);
    let added = 0;
    for (const perAlert of incidentsPerAlertSteps) {
      for (const alertId of alertIds) await addIncidents(simulator, alertId, perAlert - added);
      added = perAlert;
      await notifications.watcher.pollNow();
      await control(simulator, 'DELETE', '/_simulator/requests');
      for (let cycle = 0; cycle < IDLE_CYCLES; cycle += 1) await notifications.watcher.pollNow();
      const idle = (await requestCount(simulator)) / IDLE_CYCLES;
      await addIncidents(simulator, alertIds[0] as string, 1);
      await control(simulator, 'DELETE', '/_simulator/requests');
      await notifications.watcher.pollNow();
      const afterRise = await requestCount(simulator);
      const alerts = await pim.listAlerts();
      rows.push({ alerts: alerts.length, incidents: alerts.reduce((sum, alert) => sum + alert.incidentCount, 0), requestsPerIdleCycle: idle, requestsAfterRise: afterRise });
    }
    return rows;
  } finally {
    await simulator.close();
  }
}

async function addIncidents(simulator: RunningSimulator, alertId: string, count: number): Promise<void> {
  for (let left = count; left > 0; left -= 500) {
    await control(simulator, 'POST', `/_simulator/alerts/${encodeURIComponent(alertId)}/incidents`, { count: Math.min(500, left) });
  }
}

async function requestCount(simulator: RunningSimulator): Promise<number> {
  const body = (await (await control(simulator, 'GET', '/_simulator/requests')).json()) as { value: unknown[] };
  return body.value.length;
}

async function control(simulator: RunningSimulator, method: string, path: string, body?: object): Promise<Response> {
  const response = await fetch(`${simulator.url}${path}`, {
    method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}
