import assert from 'node:assert/strict';
import { isAppError } from '../../src/errors/app-error';
import type { PimAlerts } from '../../src/pim/pim-alerts';
import { ChatGraphReads } from '../../src/use-cases/chat-graph-reads';
import { alertIdOf, allAlerts } from '../support/fakes/alert-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { BREAK_GLASS_USER, FakeUserDirectory } from '../support/fakes/fake-user-directory';

const STALE = alertIdOf('StaleSignInAlert');
const RITA = { id: '29:rita', name: 'Rita', aadObjectId: '44444444-4444-4444-8444-444444444444' };
const OTTO = { id: '29:otto', name: 'Otto', aadObjectId: '55555555-5555-4555-8555-555555555555' };
const isLimited = (who: RegExp) => (error: unknown): boolean => isAppError(error) && error.code === 'tooManyRequests' && who.test(error.message) && /try again in \d+ seconds?/.test(error.message);

/** A PimAlerts whose reads wait for `release()`: reads stay in flight as long as a test wants. */
function slowReads(fake: FakePimAlerts): { pim: PimAlerts; release(): void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pim = Object.assign(Object.create(fake) as PimAlerts, {
    getAlert: async (alertId: string) => { await gate; return fake.getAlert(alertId); },
    listAlerts: async () => { await gate; return fake.listAlerts(); },
  });
  return { pim, release };
}

describe('ChatGraphReads', () => {
  let clock: { now: number };
  let fake: FakePimAlerts;
  beforeEach(() => {
    clock = { now: 1_000_000 };
    fake = new FakePimAlerts(allAlerts());
  });
  const reads = (limits = { perUserPerMinute: 20, perMinute: 120 }, pim: PimAlerts = fake): ChatGraphReads => new ChatGraphReads(pim, limits, () => clock.now);

  it('coalesces identical reads in flight into one Graph call, and a join costs nothing', async () => {
    const slow = slowReads(fake);
    const chat = reads({ perUserPerMinute: 2, perMinute: 120 }, slow.pim);
    const pending = Array.from({ length: 50 }, () => chat.forUser(RITA).getAlert(STALE));
    const lists = Array.from({ length: 10 }, () => chat.forUser(OTTO).listAlerts());
    slow.release();
    const alerts = await Promise.all(pending);
    await Promise.all(lists);
    assert.equal(fake.count('getAlert'), 1);
    assert.equal(fake.count('listAlerts'), 1);
    assert.ok(alerts.every((alert) => alert === alerts[0]));
    await chat.forUser(RITA).getAlert(STALE);
    assert.equal(fake.count('getAlert'), 2, 'a read after the first one ended calls Graph again (no stale copy kept here)');
  });

  it("limits each user's Graph reads per minute with a readable answer, and not another user's", async () => {
    const chat = reads();
    for (let click = 0; click < 20; click += 1) await chat.forUser(RITA).getAlert(STALE);
    await assert.rejects(chat.forUser(RITA).getAlert(STALE), isLimited(/^You have/));
    await assert.rejects(chat.forUser(RITA).listAlerts(), isLimited(/^You have/));
    assert.equal(fake.count('getAlert'), 20);
    assert.equal(fake.count('listAlerts'), 0, 'a refused read never reaches Graph');
    await chat.forUser(OTTO).getAlert(STALE);
    clock.now += 60_000;
    await chat.forUser(RITA).getAlert(STALE);
    assert.equal(fake.count('getAlert'), 22);
  });

  it("limits everyone's reads together, so chat cannot spend Graph's budget", async () => {
    const chat = reads({ perUserPerMinute: 20, perMinute: 5 });
    for (let user = 0; user < 5; user += 1) await chat.forUser({ id: `29:u${user}`, name: `U${user}` }).listAlerts();
    await assert.rejects(chat.forUser(RITA).listAlerts(), isLimited(/^Everyone together has/));
    assert.equal(fake.count('listAlerts'), 5);
  });

  it('lets writes through even when reads are limited', async () => {
    const chat = reads({ perUserPerMinute: 1, perMinute: 1 });
    await chat.forUser(RITA).listAlerts();
    await assert.rejects(chat.forUser(RITA).getAlert(STALE), isLimited(/You have/));
    await chat.forUser(RITA).dismissAlert(STALE);
    assert.equal(fake.count('dismissAlert'), 1);
  });

  it('does not keep a failed read: the next one calls Graph again', async () => {
    const chat = reads();
    fake.graphDown = true;
    await assert.rejects(chat.forUser(RITA).getAlert(STALE), (error: unknown) => isAppError(error) && error.code === 'graphUnavailable');
    fake.graphDown = false;
    assert.equal((await chat.forUser(RITA).getAlert(STALE)).id, STALE);
  });

  it("counts directory lookups (exclude user) against the same per-user limit, refused ones never reach Graph", async () => {
    const directory = new FakeUserDirectory();
    const chat = reads({ perUserPerMinute: 3, perMinute: 120 });
    await chat.forUser(RITA).getAlert(STALE);
    const users = chat.directoryFor(RITA, directory);
    assert.equal((await users.findUser({ kind: 'upn', upn: 'breakglass@contoso.com' }))?.displayName, 'Break Glass 1');
    assert.equal(await users.findUser({ kind: 'upn', upn: 'nobody@contoso.com' }), undefined);
    await assert.rejects(users.findUser({ kind: 'upn', upn: 'third@contoso.com' }), isLimited(/^You have/));
    await assert.rejects(chat.forUser(RITA).listAlerts(), isLimited(/^You have/));
    assert.deepEqual(directory.asked, ['breakglass@contoso.com', 'nobody@contoso.com']);
    assert.equal((await chat.directoryFor(OTTO, directory).findUser({ kind: 'id', id: BREAK_GLASS_USER.id }))?.id, BREAK_GLASS_USER.id);
  });
});
