import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { silentLogger } from '../../../src/logging/json-logger';
import { ConversationStore } from '../../../src/notifications/conversation-store';
import { SubscriptionStore } from '../../../src/notifications/subscription-store';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { TableStorage } from '../../../src/storage/table/table-storage';
import { benchReference, conversationIds } from '../../../src/tools/bench/bench-adapter';
import { startRecordingConnector, type RecordingConnector } from '../../../src/tools/bench/recording-connector';
import { ScaleCluster } from '../../../src/tools/bench/scale-cluster';
import { startSimulator } from '../../../src/tools/simulator/start-simulator';
import type { AzuriteEndpoints } from '../../../src/tools/dev/azurite-process';
import { SimulatorControl } from '../e2e/simulator-control';

export interface ScaleStackOptions {
  readonly instances: number;
  readonly conversations: number;
  readonly pollIntervalSeconds: number;
  readonly sendsPerSecond: number;
  /** How long the connector holds each answer after recording the post. */
  readonly connectorAnswerMs: number;
}

export interface ScaleStack {
  readonly cluster: ScaleCluster;
  readonly simulator: SimulatorControl;
  readonly connector: RecordingConnector;
  /** The cluster's table, read by the test. */
  readonly storage: TableStorage;
  readonly conversationIds: readonly string[];
  /** The last lines each instance printed (shown when a test fails). */
  readonly output: string[];
  stop(): Promise<void>;
}

/** Simulator and recording connector in this process, N bot processes on one fresh table and lease container. */
export async function startScaleStack(azurite: AzuriteEndpoints, options: ScaleStackOptions): Promise<ScaleStack> {
  const name = `scale${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pim-scale-'));
  const simulator = await startSimulator({ port: 0, logger: silentLogger, operationDurationMs: 200 });
  const connector = await startRecordingConnector(options.connectorAnswerMs);
  const storage = await new TableStorage(TableClient.fromConnectionString(azurite.connectionString, name, { allowInsecureConnection: true })).open();
  const ids = conversationIds(options.conversations);
  await seedConversations(storage, connector.url, ids);
  const output: string[] = [];
  const closeAll = async (cluster?: ScaleCluster): Promise<void> => {
    await cluster?.stop();
    await storage.close();
    await connector.close();
    await simulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const cluster = await ScaleCluster.start({
      script: path.join(REPO_ROOT, 'dist', 'src', 'index.js'), cwd: REPO_ROOT, instances: options.instances,
      graphBaseUrl: simulator.url, connectionString: azurite.connectionString, tableName: name, leaseContainer: name, dataDir,
      pollIntervalSeconds: options.pollIntervalSeconds, env: { LOG_LEVEL: 'info', SEND_RATE_PER_TENANT: String(options.sendsPerSecond) },
      onLine: (id, line) => output.push(`[${id}] ${line}`),
    });
    return { cluster, simulator: new SimulatorControl(simulator.url), connector, storage, conversationIds: ids, output, stop: () => closeAll(cluster) };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Conversations as an installation would store them (posting to the connector), each subscribed to everything. */
async function seedConversations(storage: TableStorage, serviceUrl: string, ids: readonly string[]): Promise<void> {
  const conversations = new ConversationStore(storage);
  const subscriptions = new SubscriptionStore(storage);
  for (const id of ids) {
    await conversations.save(benchReference(serviceUrl, id), 'personal');
    await subscriptions.subscribe(id, 'low', { id: 'seed', name: 'scale test' });
  }
}
