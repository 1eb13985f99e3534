import assert from 'node:assert/strict';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { makeTempDir } from '../storage/support/temp-dir';
import { alertWith, incident } from './support/alert-fixtures';
import { referenceFor } from './support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from './support/notifications-harness';
import { RecordingSender } from './support/recording-sender';
import { VirtualClock } from './support/virtual-clock';

const TARGETS = Array.from({ length: 12 }, (_, index) => `conv-${index}`);

describe('Broadcast at most once across a restart (SqliteStorage)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('outbox');
  });
  afterEach(() => temp.remove());

  it('resumes a broadcast cut off by a crash without re-posting delivered (or in-flight) targets', async () => {
    // First process: baseline, then a rise whose broadcast "crashes" after 5 deliveries (the 6th send hangs).
    const { clock, pim, firstSender } = await crashMidBroadcast(temp.dir, 5);
    assert.equal(firstSender.delivered.length, 5);
    const inFlight = firstSender.attempts[5]!.conversationId;

    // Second process on the same data folder.
    const secondStorage = new SqliteStorage(temp.dir);
    const secondSender = new RecordingSender(() => clock.now());
    const second = makeNotifications({ storage: secondStorage, sender: secondSender, pim, clock });
    const summary = await second.watcher.pollNow();
    assert.equal(summary.rises, 0, 'the snapshot advanced once the broadcast was recorded: the outbox resumes it, no new rise');
    await second.watcher.pollNow();
    await secondStorage.close();

    const posts = (id: string): number => firstSender.deliveredTo(id) + secondSender.deliveredTo(id);
    for (const id of TARGETS) {
      if (id === inFlight) assert.equal(posts(id), 0, 'the send cut off mid-flight is not repeated (outcome unknown)');
      else assert.equal(posts(id), 1, `${id} got exactly one notification`);
    }
    assert.equal(secondSender.attempts.length, TARGETS.length - 6);
  });

  it('a further rise while the cut-off broadcast was open is told as its own step (2 → 3), not again from the start (1 → 3)', async () => {
    const { clock, pim, firstSender } = await crashMidBroadcast(temp.dir, 3);

    pim.alerts = [alertWith('StaleSignInAlert', 'high', [incident('a'), incident('b'), incident('c')])];
    const secondStorage = new SqliteStorage(temp.dir);
    const secondSender = new RecordingSender(() => clock.now());
    await makeNotifications({ storage: secondStorage, sender: secondSender, pim, clock }).watcher.pollNow();
    await secondStorage.close();

    const told = [...firstSender.delivered, ...secondSender.delivered].map((sent) => /\d+ → \d+/.exec(JSON.stringify(sent.message))?.[0]);
    assert.equal(told.filter((step) => step === '1 → 2').length, TARGETS.length - 1, 'the first rise: all but the cut-off send');
    assert.equal(told.filter((step) => step === '2 → 3').length, TARGETS.length);
    assert.deepEqual(told.filter((step) => step !== '1 → 2' && step !== '2 → 3'), []);
  });
});

/**
 * A first process on `dataDir`: subscribes every target, takes its baseline (one stale incident), then
 * sees a rise (1 → 2) whose broadcast delivers `delivered` posts and hangs on the next one, as a process
 * killed mid-send; its storage is then closed. The successor opens the same folder.
 */
async function crashMidBroadcast(dataDir: string, delivered: number): Promise<{ clock: VirtualClock; pim: FakePimAlerts; firstSender: RecordingSender }> {
  const clock = new VirtualClock();
  const pim = new FakePimAlerts();
  pim.alerts = [alertWith('StaleSignInAlert', 'high', [incident('a')])];
  const firstStorage = new SqliteStorage(dataDir);
  const firstSender = new RecordingSender(() => clock.now());
  const first = makeNotifications({ storage: firstStorage, sender: firstSender, pim, clock, maxInFlight: 1 });
  for (const id of TARGETS) {
    await first.conversations.save(referenceFor(id), 'groupChat');
    await first.subscriptions.subscribe(id, 'low', { id: ADMIN_ID, name: 'Admin' });
  }
  await first.watcher.pollNow();
  pim.alerts = [alertWith('StaleSignInAlert', 'high', [incident('a'), incident('b')])];
  let crashed!: () => void;
  const crash = new Promise<void>((resolve) => (crashed = resolve));
  firstSender.responder = () => {
    if (firstSender.attempts.length <= delivered) return { ok: true };
    crashed();
    return new Promise(() => undefined); // never answers: the process dies here
  };
  void first.watcher.pollNow();
  await crash;
  await new Promise((resolve) => setImmediate(resolve));
  await firstStorage.close();
  return { clock, pim, firstSender };
}
