import assert from 'node:assert/strict';
import type { DeliveryRecord } from '../../src/notifications/broadcast-store';
import { createNotifications, type Notifications } from '../../src/notifications/create-notifications';
import { LeaderStorage } from '../../src/leadership/leader-storage';
import type { Leadership } from '../../src/leadership/leadership';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { MemoryAuditLog } from '../support/fakes/memory-audit-log';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';

const TARGETS = Array.from({ length: 12 }, (_, index) => `conv-${index}`);
const MESSAGE = { text: 'alert rose' };

/** A leadership the test sets: `epoch` is what this instance believes (a paused leader still believes it). */
function believedLeadership(instanceId: string, epoch: number): Leadership {
  return { instanceId, currentEpoch: () => epoch, start: () => Promise.resolve(), stop: () => Promise.resolve(), onChange: () => undefined };
}

function instance(storage: MemoryStorage, sender: RecordingSender, leadership?: Leadership): Notifications {
  return createNotifications({
    config: {
      notifications: { pollIntervalSeconds: 5, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8, historyRetentionDays: 30, ...{ maxInFlight: 1 } },
      graph: { refreshTimeoutMs: 1000 },
    },
    storage, leaderStorage: leadership ? new LeaderStorage(storage, leadership) : undefined,
    sender, pim: new FakePimAlerts(), audit: new MemoryAuditLog(), logger: silentLogger,
  });
}

async function deliveryStates(storage: MemoryStorage): Promise<Map<string, string>> {
  const items = await storage.list<DeliveryRecord>('deliveries/');
  return new Map(items.map((item) => [item.value.conversationId, item.value.state]));
}

describe('Broadcast claims between instances', () => {
  it('two instances delivering the same broadcast at once: each target gets one post; the loser of a claim never sends', async () => {
    const storage = new MemoryStorage();
    const senders = [new RecordingSender(Date.now), new RecordingSender(Date.now)];
    const [a, b] = senders.map((sender) => instance(storage, sender)) as [Notifications, Notifications];
    for (const id of TARGETS) await a.conversations.save(referenceFor(id), 'groupChat');
    const reports = await Promise.all([a.broadcaster.broadcast('bc-1', 'alert-1', MESSAGE, TARGETS), b.broadcaster.broadcast('bc-1', 'alert-1', MESSAGE, TARGETS)]);
    for (const id of TARGETS) assert.equal(senders[0]!.deliveredTo(id) + senders[1]!.deliveredTo(id), 1, id);
    assert.equal(reports[0].delivered + reports[1].delivered, TARGETS.length);
    assert.deepEqual([...(await deliveryStates(storage)).values()].filter((state) => state !== 'delivered'), []);
  });

  it('a successor resumes a broadcast its paused predecessor left: the cut-off send is unknown, never resent, and the old leader writes nothing more', async () => {
    const storage = new MemoryStorage();
    const oldSender = new RecordingSender(Date.now);
    let release!: () => void;
    oldSender.responder = () => (oldSender.attempts.length <= 3 ? { ok: true } : new Promise((resolve) => (release = () => resolve({ ok: true }))));
    const old = instance(storage, oldSender, believedLeadership('old', await storage.raiseEpoch('old')));
    for (const id of TARGETS) await old.conversations.save(referenceFor(id), 'groupChat');
    await old.subscriptions.subscribe(TARGETS[0]!, 'low', { id: ADMIN_ID, name: 'Admin' });
    const oldRun = old.broadcaster.broadcast('bc-1', 'alert-1', MESSAGE, TARGETS).then(() => 'finished', (error: unknown) => String(error));
    while (oldSender.attempts.length < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    const cutOff = oldSender.attempts[3]!.conversationId;

    const newSender = new RecordingSender(Date.now);
    const successor = instance(storage, newSender, believedLeadership('new', await storage.raiseEpoch('new')));
    await successor.broadcaster.resumeOpen();
    release();
    assert.match(await oldRun, /notLeader|no longer the leader/);

    for (const id of TARGETS) assert.equal(oldSender.deliveredTo(id) + newSender.deliveredTo(id), 1, id);
    assert.equal(newSender.deliveredTo(cutOff), 0, 'the send cut off in the old leader is not resent');
    const states = await deliveryStates(storage);
    assert.equal(states.get(cutOff), 'unknown');
    assert.deepEqual(TARGETS.filter((id) => id !== cutOff && states.get(id) !== 'delivered'), []);
  });
});
