import assert from 'node:assert/strict';
import sinon from 'sinon';
import { AppError } from '../../src/errors/app-error';
import { mapGraphFailure } from '../../src/pim/graph/graph-error-mapper';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { RecordingSender } from '../notifications/support/recording-sender';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { CLIENT_ID, TENANT_ID, cardsTo, makeInstance, stopInstances, subscribeChannels, type Instance } from './support/watch-health-harness';
import { SwitchableStorage } from './support/switchable-storage';
import { OutageStore } from '../../src/watch-health/outage-store';
import { OpsConversationStore } from '../../src/watch-health/ops-conversation-store';
import { renderWatchDown } from '../../src/watch-health/render-health-card';
import { runCommand } from '../routes/commands/run-command';
import { ADMIN, READER, RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

const MINUTE = 60_000;
const by = { id: 'admin', name: 'Admin' };
const graphStatus = (status: number): AppError => mapGraphFailure({ status, body: { error: { code: 'Denied', message: 'no' } }, operation: 'listAlerts' });

describe('watch health: told to people when the watcher cannot watch', () => {
  let timers: sinon.SinonFakeTimers;
  let storage: SwitchableStorage;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let running: Instance[];

  beforeEach(async () => {
    timers = sinon.useFakeTimers({ now: Date.parse('2026-12-07T08:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    storage = new SwitchableStorage(new MemoryStorage());
    pim = new FakePimAlerts([alertWith('StaleSignInAlert', 'medium', [incident('a')]), alertWith('InvalidLicenseAlert', 'low', [])]);
    sender = new RecordingSender(() => Date.now());
    running = [];
    await subscribeChannels(makeInstance(storage, pim, sender), ['team', 'secops']);
  });

  afterEach(async () => {
    await stopInstances(running);
    timers.restore();
  });

  /** Starts an instance: its monitor always, its poller when it leads. */
  const start = (options: { leading?: boolean } = {}): Instance => {
    const instance = makeInstance(storage, pim, sender, options);
    running.push(instance);
    instance.watchHealth.monitor.start();
    if (instance.leading) instance.notifications.watcher.start();
    return instance;
  };
  const minutes = async (count: number): Promise<void> => {
    await timers.tickAsync(count * MINUTE);
  };

  it('Graph 403 for 20 minutes: one "permission" card per conversation with the admin consent link, then one "watching again" naming the gap and the rise', async () => {
    start();
    await timers.tickAsync(1);
    pim.outage = graphStatus(403);
    await minutes(14);
    assert.deepEqual(sender.delivered, [], 'nothing before 15 minutes without a successful poll');
    await minutes(2);
    for (const conversation of ['team', 'secops']) {
      const cards = cardsTo(sender, conversation);
      assert.equal(cards.length, 1, conversation);
      assert.match(cards[0]!, /permission refused/);
      assert.match(cards[0]!, /2026-12-07 08:00 UTC/);
      assert.ok(cards[0]!.includes(`https://login.microsoftonline.com/${TENANT_ID}/adminconsent?client_id=${CLIENT_ID}`));
    }
    await minutes(40);
    assert.equal(sender.delivered.length, 2, 'one card per outage per conversation, however long it lasts');
    pim.alerts[0] = alertWith('StaleSignInAlert', 'medium', [incident('a'), incident('b', 'Bea Gap')]);
    pim.outage = undefined;
    await minutes(17);
    const team = cardsTo(sender, 'team');
    assert.equal(team.length, 3, team.join('\n'));
    assert.match(team[1]!, /Bea Gap/, 'the first poll after the gap compares with the last snapshot and notifies as usual');
    assert.match(team[2]!, /Watching PIM alerts again/);
    assert.match(team[2]!, /Incidents rose on 1 alert during the gap/);
    assert.match(team[2]!, /Not watching from","value":"2026-12-07 08:00 UTC/);
    await minutes(60);
    assert.equal(cardsTo(sender, 'team').length, 3, 'no more cards once watching again');
  });

  for (const [name, error, expected] of [
    ['Graph 401', graphStatus(401), /credential failure.*Credentials\/appId\/5e7c9a1b/],
    ['a token that cannot be had', new AppError('graphUnavailable', { details: { error: 'AuthenticationError' } }), /credential failure/],
    ['Graph 503', graphStatus(503), /Microsoft Graph unavailable.*servicehealth/],
    ['Graph timeouts', graphStatus(504), /Microsoft Graph unavailable/],
  ] as const) {
    it(`${name} for minutes: the card names the cause and its link`, async () => {
      start();
      await timers.tickAsync(1);
      pim.outage = error;
      await minutes(20);
      const cards = cardsTo(sender, 'team');
      assert.equal(cards.length, 1);
      assert.match(cards[0]!, expected);
      assert.doesNotMatch(cards[0]!, /Denied|"no"/, 'Graph\'s own text never reaches the card');
    });
  }

  it('a flaky Graph (every other poll fails) for an hour never declares an outage (hysteresis)', async () => {
    start();
    let calls = 0;
    const real = pim.listAlerts.bind(pim);
    pim.listAlerts = async () => {
      calls += 1;
      if (calls % 2 === 0) throw graphStatus(503);
      return real();
    };
    await minutes(60);
    assert.ok(calls > 20, `polled ${calls} times`);
    assert.deepEqual(sender.delivered, []);
  });

  it('nobody polling (the lease unobtainable: no instance leads) is told by a follower as "no instance is polling"', async () => {
    start({ leading: false });
    start({ leading: false });
    await minutes(16);
    const cards = cardsTo(sender, 'team');
    assert.equal(cards.length, 1, 'two instances noticed, one card');
    assert.match(cards[0]!, /no instance is polling/);
  });

  it('several instances and a restart mid-outage still post one card per conversation', async () => {
    const leader = start();
    start({ leading: false });
    await timers.tickAsync(1);
    pim.outage = graphStatus(403);
    await minutes(16);
    await leader.watchHealth.monitor.stop();
    start({ leading: false });
    await minutes(30);
    assert.equal(cardsTo(sender, 'team').length, 1);
    assert.equal(cardsTo(sender, 'secops').length, 1);
  });

  it('an announcer cut off mid-way is finished by the next check, without posting twice where it had claimed', async () => {
    const outages = new OutageStore(storage);
    const outage = { since: new Date(Date.now() - 20 * MINUTE).toISOString(), fault: 'graphOutage' as const, declaredAt: new Date().toISOString(), announced: false };
    await outages.swap(outage, null);
    assert.equal(await outages.claim(outage, 'down', 'team', new Date().toISOString()), true, 'the first announcer claimed (and sent to) team, then died');
    const instance = start({ leading: false });
    await minutes(1);
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId), ['secops']);
    assert.equal((await outages.load())?.value.announced, true);
    assert.equal(instance.watchHealth.monitor.status().outage?.fault, 'graphOutage');
  });

  it('"watch" says what fails meanwhile, without calling Graph', async () => {
    const instance = start();
    await timers.tickAsync(1);
    pim.outage = graphStatus(403);
    await minutes(16);
    pim.resetCalls();
    const deps = makeUseCaseDeps({ pim, now: () => Date.now(), watchHealth: { status: () => instance.watchHealth.monitor.status(), ops: instance.watchHealth.ops } });
    const turn = await runCommand(deps, 'watch', new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }));
    const text = JSON.stringify(turn.replies);
    assert.match(text, /Not watching since 2026-12-07 08:00 UTC\*\* \(Graph permission refused\)/);
    assert.match(text, /The last poll failed at .*: Graph permission refused \(graphForbidden 403\)/);
    assert.match(text, /go to every subscribed conversation/);
    assert.equal(pim.calls.length, 0);
  });

  it('nobody polling: "alerts" still lists the alerts, under a "not watching" line (it must not look like all is quiet); none once watching again', async () => {
    const follower = start({ leading: false });
    const deps = makeUseCaseDeps({ pim, now: () => Date.now(), watchHealth: { status: () => follower.watchHealth.monitor.status(), ops: follower.watchHealth.ops } });
    const alerts = async (): Promise<string> => JSON.stringify((await runCommand(deps, 'alerts', new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }))).replies);
    assert.doesNotMatch(await alerts(), /Not watching/, 'no note before the outage is declared (hysteresis)');
    await minutes(16);
    const during = await alerts();
    assert.match(during, /PIM security alerts/);
    assert.match(during, /Not watching PIM alerts since 2026-12-07 08:00 UTC\*\* \(no instance polling\)\. New incidents are not posted/);
    start();
    await minutes(2);
    assert.doesNotMatch(await alerts(), /Not watching/);
  });

  it('"watch" while storage is unreachable answers from the last check without reading storage (a read would only fail, after the client\'s retries)', async () => {
    let reads = 0;
    const read = storage.read.bind(storage);
    storage.read = (key) => { reads += 1; return read(key); };
    storage.down = true;
    const status = { storageReachable: false, checkedAt: Date.now(), lastPollAt: Date.now() - 20 * MINUTE, operationsConversationId: 'secops' };
    const deps = makeUseCaseDeps({ watchHealth: { status: () => status, ops: new OpsConversationStore(storage) } });
    const text = JSON.stringify((await runCommand(deps, 'watch', new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }))).replies);
    assert.match(text, /Not watching: storage unreachable/);
    assert.match(text, /go to one operations conversation \(not this one\)/);
    assert.equal(reads, 0);
  });

  it('"watch here" and "watch everywhere" are admin writes, audited', async () => {
    const deps = makeUseCaseDeps();
    const here = new RecordingTurn(ADMIN, undefined, { id: 'secops', type: 'channel' });
    await runCommand(deps, 'watch here', here);
    assert.equal((await deps.watchHealth.ops.get())?.conversationId, 'secops');
    assert.match(JSON.stringify((await runCommand(deps, 'watch', here)).replies), /go to this conversation only/);
    const refused = await runCommand(deps, 'watch everywhere', new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }));
    assert.doesNotMatch(JSON.stringify(refused.replies), /every subscribed conversation/);
    assert.equal((await deps.watchHealth.ops.get())?.conversationId, 'secops', 'a reader cannot move them');
    await runCommand(deps, 'watch everywhere', here);
    assert.equal(await deps.watchHealth.ops.get(), undefined);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['watch', 'attempted'], ['watch', 'succeeded'], ['watch', 'refused'], ['watch', 'attempted'], ['watch', 'succeeded']]);
    assert.match(JSON.stringify((await runCommand(deps, 'watch sometimes', here)).replies), /Usage: watch \[here\|everywhere\]/);
  });

  it('"watch here": health cards go only to the operations conversation', async () => {
    const instance = start();
    await instance.watchHealth.ops.set({ conversationId: 'secops', setBy: by, setAt: new Date().toISOString() });
    await timers.tickAsync(1);
    pim.outage = graphStatus(403);
    await minutes(16);
    assert.deepEqual(sender.delivered.map((sent) => sent.conversationId), ['secops']);
  });

  it('storage unreachable (scale-out storage stopped): only the instance that led tells it, once, and "watching again" follows', async () => {
    const leader = start();
    const follower = start({ leading: false });
    await minutes(2);
    storage.down = true;
    await timers.tickAsync(13_000);
    leader.leading = false;
    leader.watchHealth.monitor.leadLost();
    await leader.notifications.watcher.stop();
    await minutes(20);
    const down = cardsTo(sender, 'team');
    assert.equal(down.length, 1, 'one card, from the instance that led');
    assert.match(down[0]!, /storage unreachable/);
    assert.equal(follower.watchHealth.monitor.status().storageReachable, false);
    await minutes(20);
    assert.equal(cardsTo(sender, 'team').length, 1);
    storage.down = false;
    await minutes(1);
    leader.leading = true;
    leader.notifications.watcher.start();
    await minutes(2);
    const team = cardsTo(sender, 'team');
    assert.equal(team.length, 2, team.join('\n'));
    assert.match(team[1]!, /Watching PIM alerts again/);
    assert.match(team[1]!, /No incidents rose/);
  });

  it('storage unreachable a minute after a conversation subscribed: that conversation is told too (targets are listed every check)', async () => {
    const leader = start();
    await minutes(3);
    await leader.notifications.conversations.save(referenceFor('late', 'channel'), 'channel');
    await leader.notifications.subscriptions.subscribe('late', 'informational', by);
    await minutes(1);
    storage.down = true;
    await timers.tickAsync(13_000);
    leader.leading = false;
    await leader.notifications.watcher.stop();
    await minutes(20);
    assert.equal(cardsTo(sender, 'late').length, 1, 'the conversation subscribed a minute before storage failed got the card');
    assert.match(cardsTo(sender, 'late')[0]!, /storage unreachable/);
  });
});

describe('watch health cards', () => {
  it('link to the cloud of the authority, validate ids before they reach a URL, and point at the runbook', () => {
    const since = Date.parse('2026-12-07T08:00:00Z');
    const gov = JSON.stringify(renderWatchDown('credential', since, since + 3 * 3_600_000, { authorityHost: 'https://login.microsoftonline.us', clientId: CLIENT_ID, runbookUrl: 'https://example.org/readme' }));
    assert.ok(gov.includes(`https://portal.azure.us/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${CLIENT_ID}`));
    assert.ok(gov.includes('https://example.org/readme#not-watching-credential'));
    assert.match(gov, /"Not watching for","value":"3 h 0 min"/);
    const bad = JSON.stringify(renderWatchDown('permission', since, since, { authorityHost: 'https://login.microsoftonline.com', clientId: 'x&redirect_uri=https://evil' }));
    assert.ok(!bad.includes('adminconsent') && !bad.includes('evil'), bad);
  });
});
