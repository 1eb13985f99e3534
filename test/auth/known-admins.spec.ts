import { strict as assert } from 'node:assert';
import type { AccessDecision, AccessPolicy, ActingUser } from '../../src/auth/access';
import { AdminRosterStore } from '../../src/auth/admin-roster-store';
import { KnownAdmins, MAX_REFRESH_USER_IDS } from '../../src/auth/known-admins';
import { MemoryStorage } from '../../src/storage/memory-storage';

/** Writes allowed for the Entra object ids in `admins` (which a test changes, like an edited group). */
class ChangingAdmins implements AccessPolicy {
  constructor(readonly admins: Set<string>) {}
  check(user: ActingUser): Promise<AccessDecision> {
    const allowed = user.aadObjectId !== undefined && this.admins.has(user.aadObjectId);
    return Promise.resolve(allowed ? { allowed: true } : { allowed: false, reason: 'not an admin' });
  }
}

const admin = (n: number): ActingUser => ({ id: `29:admin-${n}`, name: `Admin ${n}`, aadObjectId: `aad-${n}` });

describe('KnownAdmins (refresh.userIds of shared cards)', () => {
  let now = 0;
  const options = (storage: MemoryStorage, policy: AccessPolicy) => ({
    store: new AdminRosterStore(storage), policy, recheckAfterMs: 60_000, now: () => now,
  });

  it('survives a restart: a new instance on the same storage lists the same admins', async () => {
    const storage = new MemoryStorage();
    const policy = new ChangingAdmins(new Set(['aad-1', 'aad-2']));
    const before = new KnownAdmins(options(storage, policy));
    await before.remember(admin(1));
    await before.remember(admin(2));
    const after = new KnownAdmins(options(storage, policy));
    await after.load();
    assert.deepEqual(after.userIds(), ['29:admin-2', '29:admin-1']);
    await after.idle();
  });

  it('drops an administrator who is no longer one, in memory and in storage', async () => {
    const storage = new MemoryStorage();
    const policy = new ChangingAdmins(new Set(['aad-1', 'aad-2']));
    const known = new KnownAdmins(options(storage, policy));
    await known.remember(admin(1));
    await known.remember(admin(2));
    known.userIds();
    await known.idle();
    policy.admins.delete('aad-1');
    now += 30_000;
    assert.deepEqual(known.userIds(), ['29:admin-2', '29:admin-1'], 'checked again only when the last check is old');
    await known.idle();
    now += 30_000;
    known.userIds();
    await known.idle();
    assert.deepEqual(known.userIds(), ['29:admin-2']);
    const restarted = new KnownAdmins(options(storage, policy));
    await restarted.load();
    assert.deepEqual(restarted.userIds(), ['29:admin-2']);
    await restarted.idle();
  });

  it('checks a stored roster at start, so admins removed while the bot was down drop out', async () => {
    const storage = new MemoryStorage();
    const was = new KnownAdmins(options(storage, new ChangingAdmins(new Set(['aad-1', 'aad-2']))));
    await was.remember(admin(1));
    await was.remember(admin(2));
    const known = new KnownAdmins(options(storage, new ChangingAdmins(new Set(['aad-2']))));
    await known.load();
    known.userIds();
    await known.idle();
    assert.deepEqual(known.userIds(), ['29:admin-2']);
  });

  it('keeps at most 60, newest first, also in storage', async () => {
    const storage = new MemoryStorage();
    const policy = new ChangingAdmins(new Set(Array.from({ length: 70 }, (_, n) => `aad-${n}`)));
    const known = new KnownAdmins(options(storage, policy));
    for (let n = 0; n < 70; n += 1) await known.remember(admin(n));
    assert.equal(known.userIds().length, MAX_REFRESH_USER_IDS);
    assert.equal(known.userIds()[0], '29:admin-69');
    assert.equal((await new AdminRosterStore(storage).load()).length, MAX_REFRESH_USER_IDS);
    await known.idle();
  });
});
