import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../logging/json-logger';
import { BroadcastStore } from '../../notifications/broadcast-store';
import { Broadcaster } from '../../notifications/broadcaster';
import { ConversationStore } from '../../notifications/conversation-store';
import { DeliveryQueue } from '../../notifications/delivery-queue';
import { TeamsSender } from '../../bot/teams-sender';
import { SqliteStorage } from '../../storage/sqlite-storage';
import { benchReference, conversationIds, createBenchAdapter } from './bench-adapter';
import type { RemoteConnector } from './remote-connector';
import { tally, type SendTally } from './send-tally';

/**
 * One notification to `count` stored conversations through the app's path: SQLite outbox, paced
 * queue (7/s per conversation, 50/s per tenant), TeamsSender on a real CloudAdapter.
 */
export async function runPaced(connector: RemoteConnector, count: number, message: { text: string }): Promise<SendTally> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pim-bench-'));
  const storage = new SqliteStorage(dataDir);
  try {
    const conversations = new ConversationStore(storage);
    const ids = conversationIds(count);
    for (const id of ids) await conversations.save(benchReference(connector.url, id), 'personal');
    const limits = { perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8 };
    const queue = new DeliveryQueue(new TeamsSender(createBenchAdapter(), ''), limits, silentLogger);
    const broadcaster = new Broadcaster(new BroadcastStore(storage), conversations, queue, { forget: () => Promise.resolve(), pause: () => Promise.resolve() }, silentLogger);
    await connector.reset();
    const started = Date.now();
    await broadcaster.broadcast('bench-broadcast', 'bench-alert', message, ids);
    return tally('paced queue (this bot)', Date.now() - started, ids, await connector.counts());
  } finally {
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
