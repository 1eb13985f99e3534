import assert from 'node:assert/strict';
import { parseQuietHours } from '../../src/digest/digest-input';
import { isAppError } from '../../src/errors/app-error';
import { LeaderStorage } from '../../src/leadership/leader-storage';
import type { Leadership } from '../../src/leadership/leadership';
import { silentLogger } from '../../src/logging/json-logger';
import type { HeldNotification } from '../../src/notifications/cycle-hooks';
import { createNotifications, type Notifications } from '../../src/notifications/create-notifications';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { MemoryAuditLog } from '../support/fakes/memory-audit-log';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { ADMIN_ID } from '../notifications/support/notifications-harness';
import { RecordingSender } from '../notifications/support/recording-sender';

const NIGHT = Date.parse('2026-12-01T22:30:00Z'); // 23:30 in Berlin
const ALERTS = [alertWith('StaleSignInAlert', 'medium', [incident('u1')])];
const HELD: HeldNotification = { broadcastId: 'b1', alertId: 'StaleSignInAlert', severity: 'medium', text: 'Incidents rose', heldAt: new Date(NIGHT).toISOString() };
const isNotLeader = (error: unknown): boolean => isAppError(error) && error.code === 'notLeader';

/** An instance that believes it leads with `epoch` (a paused leader still believes it). */
function instanceAt(storage: MemoryStorage, epoch: number): Notifications {
  const leadership: Leadership = { instanceId: `i${epoch}`, currentEpoch: () => epoch, start: () => Promise.resolve(), stop: () => Promise.resolve(), onChange: () => undefined };
  return createNotifications({
    config: {
      notifications: { pollIntervalSeconds: 5, refreshBeforePoll: false, perConversationPerSecond: 7, perTenantPerSecond: 50, maxSendAttempts: 8, historyRetentionDays: 30 },
      graph: { refreshTimeoutMs: 1000 },
    },
    storage, leaderStorage: new LeaderStorage(storage, leadership),
    sender: new RecordingSender(() => NIGHT), pim: new FakePimAlerts(), audit: new MemoryAuditLog(), logger: silentLogger,
  });
}

describe('digest writes and leadership', () => {
  it('a paused old leader records no incident history and holds nothing once a successor took over; the successor does', async () => {
    const storage = new MemoryStorage();
    const old = instanceAt(storage, await storage.raiseEpoch('old'));
    await old.conversations.save(referenceFor('night'), 'personal');
    await old.digest.settings.setQuiet('night', parseQuietHours(['22:00-07:00', 'Europe/Berlin']), { id: ADMIN_ID, name: 'Admin' });
    const successor = instanceAt(storage, await storage.raiseEpoch('new'));

    await assert.rejects(old.digest.history.record(ALERTS, NIGHT), isNotLeader);
    await assert.rejects(old.digest.hold.holdQuiet(['night'], HELD, NIGHT), isNotLeader);
    assert.deepEqual(await storage.list('incident-history/'), []);
    assert.deepEqual(await storage.list('quiet-held/'), []);

    await successor.digest.history.record(ALERTS, NIGHT);
    assert.deepEqual(await successor.digest.hold.holdQuiet(['night'], HELD, NIGHT), []);
    assert.equal((await storage.list('incident-history/')).length, 1);
    assert.equal((await storage.list('quiet-held/')).length, 1);
  });
});
