import assert from 'node:assert/strict';
import sinon from 'sinon';
import { mapArmFailure } from '../../src/pim/arm/arm-error-mapper';
import { ScopeReadFailures } from '../../src/pim/sources/scope-read-failures';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { RecordingSender } from '../notifications/support/recording-sender';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { cardsTo, makeInstance, stopInstances, subscribeChannels, type Instance } from './support/watch-health-harness';
import { withUnreadScopes } from '../../src/watch-health/unread-scopes-store';
import { runCommand } from '../routes/commands/run-command';
import { READER, RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

const MINUTE = 60_000;
const SUB = { subscriptionId: '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c', displayName: 'Contoso *Prod*' };
const forbidden = (): Error => mapArmFailure({ status: 403, method: 'GET', body: { error: { code: 'AuthorizationFailed', message: 'no' } }, operation: 'listAlerts' });

describe('watch health: one card per outage of one Azure subscription, and one when it is read again', () => {
  let timers: sinon.SinonFakeTimers;
  let storage: MemoryStorage;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let running: Instance[];

  beforeEach(async () => {
    timers = sinon.useFakeTimers({ now: Date.parse('2026-12-07T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    storage = new MemoryStorage();
    pim = new FakePimAlerts([alertWith('StaleSignInAlert', 'medium', [incident('a')])]);
    sender = new RecordingSender(() => Date.now());
    running = [];
    await subscribeChannels(makeInstance(storage, pim, sender), ['team', 'secops']);
  });

  afterEach(async () => {
    await stopInstances(running);
    timers.restore();
  });

  const start = (reads: ScopeReadFailures, leading = true): Instance => {
    const instance = makeInstance(storage, pim, sender, { scopeReads: reads, leading });
    running.push(instance);
    instance.watchHealth.monitor.start();
    if (leading) instance.notifications.watcher.start();
    return instance;
  };
  const minutes = async (count: number): Promise<void> => {
    await timers.tickAsync(count * MINUTE);
  };
  const scopeCards = (id: string): string[] => cardsTo(sender, id).filter((card) => card.includes('Azure subscription'));

  it('after the alert time unread, each conversation gets one card (escaped name, why, what to do), across a restart; one "again" card after a good read', async () => {
    const reads = new ScopeReadFailures(() => Date.now());
    reads.read(SUB.subscriptionId);
    await minutes(1);
    reads.failed(SUB, forbidden());
    const first = start(reads);
    await minutes(10);
    assert.deepEqual(scopeCards('team'), [], 'nothing before the alert time (hysteresis)');
    await minutes(6);
    for (const id of ['team', 'secops']) assert.equal(scopeCards(id).length, 1, id);
    const [down] = scopeCards('team');
    assert.match(down ?? '', /Not watching the PIM alerts of Azure subscription Contoso \\\\\*Prod\\\\\*/);
    assert.match(down ?? '', /refused the bot's read, 403/);
    assert.match(down ?? '', /\*\*Reader\*\* role on this subscription/);
    assert.doesNotMatch(cardsTo(sender, 'team').join(''), /Not watching PIM alerts since/, 'the watcher itself is fine: no watcher outage card');
    await first.watchHealth.monitor.stop();
    await first.notifications.watcher.stop();
    running = [];
    const restarted = new ScopeReadFailures(() => Date.now());
    restarted.failed(SUB, forbidden());
    start(restarted);
    await minutes(30);
    for (const id of ['team', 'secops']) assert.equal(scopeCards(id).length, 1, `${id}: one card per outage`);
    restarted.read(SUB.subscriptionId);
    await minutes(2);
    for (const id of ['team', 'secops']) assert.equal(scopeCards(id).length, 2, id);
    assert.match(scopeCards('team')[1] ?? '', /Watching the PIM alerts of Azure subscription Contoso \\\\\*Prod\\\\\* again/);
    await minutes(30);
    assert.equal(scopeCards('team').length, 2, 'no more cards once read again');
  });

  it('a new leader that has not read the subscription yet says nothing about it; its first good read brings the "again" card', async () => {
    const reads = new ScopeReadFailures(() => Date.now());
    reads.failed(SUB, forbidden());
    const first = start(reads);
    await minutes(16);
    assert.equal(scopeCards('team').length, 1);
    await first.watchHealth.monitor.stop();
    await first.notifications.watcher.stop();
    running = [];
    const successor = new ScopeReadFailures(() => Date.now());
    start(successor);
    await minutes(10);
    assert.equal(scopeCards('team').length, 1, 'not read yet is not read again');
    successor.read(SUB.subscriptionId);
    await minutes(2);
    assert.equal(scopeCards('team').length, 2);
  });

  it('"watch" on another instance lists the subscriptions the leader cannot read (published when the list changes), until the leader or it reads them', async () => {
    const leaderReads = new ScopeReadFailures(() => Date.now());
    const followerReads = new ScopeReadFailures(() => Date.now());
    start(leaderReads);
    const follower = start(followerReads, false);
    const deps = makeUseCaseDeps({ now: () => Date.now(), watchHealth: { status: () => withUnreadScopes(follower.watchHealth.monitor.status(), followerReads), ops: follower.watchHealth.ops } });
    const watch = async (): Promise<string> => JSON.stringify((await runCommand(deps, 'watch', new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }))).replies);
    leaderReads.failed(SUB, forbidden());
    await minutes(2);
    assert.match(await watch(), /Azure subscription Contoso .*Prod.* not read since 2026-12-07 08:00 UTC\*\* \(Azure Resource Manager refused the bot's read, 403\)/);
    leaderReads.read(SUB.subscriptionId);
    await minutes(2);
    assert.doesNotMatch(await watch(), /not read since/);
    leaderReads.failed(SUB, forbidden());
    await minutes(2);
    assert.match(await watch(), /not read since/);
    followerReads.read(SUB.subscriptionId);
    assert.doesNotMatch(await watch(), /not read since/, 'its own later good read wins');
  });
});
