import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { TableClient } from '@azure/data-tables';
import { silentLogger } from '../../logging/json-logger';
import { ConversationStore } from '../../notifications/conversation-store';
import { SubscriptionStore } from '../../notifications/subscription-store';
import { REPO_ROOT } from '../repo-paths';
import { TableStorage } from '../../storage/table/table-storage';
import { startAzurite } from '../dev/azurite-process';
import { DEFAULT_TENANT_ID } from '../simulator/seed/seed-state';
import { startSimulator } from '../simulator/start-simulator';
import { benchReference, conversationIds } from './bench-adapter';
import { startRecordingConnector, type RecordingConnector } from './recording-connector';
import { ScaleCluster } from './scale-cluster';

const ALERT_ID = `DirectoryRole_${DEFAULT_TENANT_ID}_StaleSignInAlert`;
const POLL_SECONDS = 5;

export interface ScaleSendRow {
  readonly instances: number;
  /** First post to last post of the one broadcast. */
  readonly wallMs: number;
  readonly delivered: number;
  readonly duplicated: number;
}

export interface FailoverRow {
  /** SIGKILL of the leader to a survivor's /healthz saying it leads. */
  readonly toLeaderMs: number;
  /** SIGKILL of the leader to the next Graph poll (the simulator's request log). */
  readonly toPollMs: number;
}

interface Bench {
  readonly graphUrl: string;
  readonly connector: RecordingConnector;
  cluster(instances: number): Promise<ScaleCluster>;
}

/**
 * Real bot processes on Azure Table + Blob lease (Azurite), `conversations` subscribed conversations
 * posting to a loopback connector: one broadcast with 1 instance and with 3, then leader kills.
 */
export async function runScaleBench(conversations: number, instanceCounts: readonly number[], failovers: number): Promise<{ sends: ScaleSendRow[]; failovers: FailoverRow[] }> {
  const azurite = await startAzurite();
  const simulator = await startSimulator({ port: 0, logger: silentLogger });
  const connector = await startRecordingConnector();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pim-bench-scale-'));
  const name = `bench${Date.now()}`;
  const storage = await new TableStorage(TableClient.fromConnectionString(azurite.endpoints.connectionString, name, { allowInsecureConnection: true })).open();
  const bench: Bench = {
    graphUrl: simulator.url, connector,
    cluster: (instances) => ScaleCluster.start({
      script: path.join(REPO_ROOT, 'dist', 'src', 'index.js'), cwd: REPO_ROOT, instances, graphBaseUrl: simulator.url,
      connectionString: azurite.endpoints.connectionString, tableName: name, leaseContainer: name, dataDir,
      pollIntervalSeconds: POLL_SECONDS, env: { LOG_LEVEL: 'warn' }, onLine: () => undefined,
    }),
  };
  try {
    await seed(storage, connector.url, conversationIds(conversations));
    const sends: ScaleSendRow[] = [];
    for (const instances of instanceCounts) sends.push(await oneBroadcast(bench, instances, conversations));
    return { sends, failovers: await killLeaders(bench, failovers) };
  } finally {
    await storage.close();
    await Promise.all([connector.close(), simulator.close(), azurite.child.stop(2000)]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function oneBroadcast(bench: Bench, instances: number, conversations: number): Promise<ScaleSendRow> {
  const cluster = await bench.cluster(instances);
  try {
    await cluster.leader(60_000);
    await untilPollAfter(bench.graphUrl, Date.now());
    const before = bench.connector.sends.length;
    await post(`${bench.graphUrl}/_simulator/alerts/${encodeURIComponent(ALERT_ID)}/incidents`, { count: 1 });
    const deadline = Date.now() + 300_000;
    while (bench.connector.sends.length - before < conversations && Date.now() < deadline) await delay(100);
    await delay(2000); // anything posted twice would come now
    const sends = bench.connector.sends.slice(before);
    const distinct = new Set(sends.map((send) => send.conversationId)).size;
    const times = sends.map((send) => send.at);
    return { instances, wallMs: Math.max(...times) - Math.min(...times), delivered: distinct, duplicated: sends.length - distinct };
  } finally {
    await cluster.stop();
  }
}

async function killLeaders(bench: Bench, trials: number): Promise<FailoverRow[]> {
  const cluster = await bench.cluster(3);
  const rows: FailoverRow[] = [];
  try {
    for (let trial = 0; trial < trials; trial += 1) {
      const leader = await cluster.leader(60_000);
      await untilPollAfter(bench.graphUrl, Date.now());
      const killedAt = Date.now();
      await cluster.kill(leader);
      await cluster.leader(60_000, leader);
      const toLeaderMs = Date.now() - killedAt;
      const pollAt = await untilPollAfter(bench.graphUrl, killedAt);
      rows.push({ toLeaderMs, toPollMs: pollAt - killedAt });
      await cluster.restart(leader);
    }
    return rows;
  } finally {
    await cluster.stop();
  }
}

/** The time of the first poll (alert listing) the simulator answered after `after`. */
async function untilPollAfter(graphUrl: string, after: number): Promise<number> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const log = (await (await fetch(`${graphUrl}/_simulator/requests`)).json()) as { value: { time: string; path: string }[] };
    const poll = log.value.find((request) => /\/roleManagementAlerts\/alerts(\?|$)/i.test(request.path) && Date.parse(request.time) > after);
    if (poll) return Date.parse(poll.time);
    await delay(100);
  }
  throw new Error('no Graph poll within 60 s');
}

async function seed(storage: TableStorage, serviceUrl: string, ids: readonly string[]): Promise<void> {
  const conversations = new ConversationStore(storage);
  const subscriptions = new SubscriptionStore(storage);
  for (const id of ids) {
    await conversations.save(benchReference(serviceUrl, id), 'personal');
    await subscriptions.subscribe(id, 'low', { id: 'bench', name: 'bench' });
  }
}

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status}`);
}
