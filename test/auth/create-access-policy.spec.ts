import { strict as assert } from 'node:assert';
import type { AccessDecision, ActingUser } from '../../src/auth/access';
import { createAccessPolicy } from '../../src/auth/create-access-policy';
import type { GroupMembershipChecker } from '../../src/auth/group-membership';
import type { AppConfig } from '../../src/config/app-config';
import { AppError } from '../../src/errors/app-error';
import { JsonLogger, silentLogger } from '../../src/logging/json-logger';

const ADMIN = '11111111-1111-4111-8111-111111111111';
const MEMBER = '22222222-2222-4222-8222-222222222222';
const READER = '33333333-3333-4333-8333-333333333333';
const STRANGER = '44444444-4444-4444-8444-444444444444';
const ADMIN_GROUP = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const READER_GROUP = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

type Access = AppConfig['access'];
const access = (overrides: Partial<Access> = {}): Access => ({ adminIds: [], readerIds: [], groupCacheSeconds: 60, ...overrides });
const user = (aadObjectId?: string): ActingUser => ({ id: `29:${aadObjectId ?? 'anon'}`, name: 'Someone', aadObjectId });

/** Group membership from a table; counts calls; can be made to fail. */
class TableMembership implements GroupMembershipChecker {
  calls = 0;
  failure: Error | undefined;
  constructor(private readonly members: Record<string, readonly string[]>) {}
  isMember(userObjectId: string, groupId: string): Promise<boolean> {
    this.calls += 1;
    if (this.failure) return Promise.reject(this.failure);
    return Promise.resolve((this.members[groupId] ?? []).includes(userObjectId));
  }
}

const refusedReason = (decision: AccessDecision): string => {
  assert.equal(decision.allowed, false);
  return decision.allowed ? '' : decision.reason;
};

describe('createAccessPolicy', () => {
  const groups = (): TableMembership => new TableMembership({ [ADMIN_GROUP]: [MEMBER], [READER_GROUP]: [READER] });

  it('lets listed admins and admin-group members write, and refuses everyone else', async () => {
    const policy = createAccessPolicy({ access: access({ adminIds: [ADMIN], adminGroupId: ADMIN_GROUP }), graph: groups(), logger: silentLogger });
    assert.deepEqual(await policy.check(user(ADMIN), 'write'), { allowed: true });
    assert.deepEqual(await policy.check(user(MEMBER.toUpperCase()), 'write'), { allowed: true });
    assert.match(refusedReason(await policy.check(user(STRANGER), 'write')), /Only PIM alert administrators/);
  });

  it('is read-only with no admins configured, and says which variables to set', async () => {
    const policy = createAccessPolicy({ access: access(), logger: silentLogger });
    const reason = refusedReason(await policy.check(user(ADMIN), 'write'));
    assert.match(reason, /read-only/);
    assert.match(reason, /PIM_ADMIN_IDS/);
    assert.match(reason, /PIM_ADMIN_GROUP_ID/);
    assert.deepEqual(await policy.check(user(ADMIN), 'read'), { allowed: true });
  });

  it('in delegated mode lets Graph decide when no allow-list is set, and keeps an allow-list as an extra gate', async () => {
    const open = createAccessPolicy({ access: access(), logger: silentLogger, delegated: true });
    assert.deepEqual(await open.check(user(STRANGER), 'write'), { allowed: true });
    assert.match(refusedReason(await open.check(user(undefined), 'write')), /can't tell who you are/);
    const gated = createAccessPolicy({ access: access({ adminIds: [ADMIN] }), logger: silentLogger, delegated: true });
    assert.deepEqual(await gated.check(user(ADMIN), 'write'), { allowed: true });
    assert.match(refusedReason(await gated.check(user(STRANGER), 'write')), /Only PIM alert administrators/);
  });

  it('treats a missing or malformed aadObjectId as an unknown user', async () => {
    const graph = groups();
    const policy = createAccessPolicy({ access: access({ adminIds: [ADMIN], adminGroupId: ADMIN_GROUP }), graph, logger: silentLogger });
    for (const id of [undefined, '', '../etc', `${ADMIN}?$filter=x`, `${ADMIN}/../x`, ADMIN.replace(/1/g, '１')]) {
      assert.match(refusedReason(await policy.check(user(id), 'write')), /can't tell who you are/);
    }
    assert.equal(graph.calls, 0, 'no Graph lookup for an unusable id');
    assert.deepEqual(await policy.check(user(undefined), 'read'), { allowed: true });
  });

  it('restricts reads to readers and admins when a reader list or group is set', async () => {
    const policy = createAccessPolicy({
      access: access({ adminIds: [ADMIN], adminGroupId: ADMIN_GROUP, readerGroupId: READER_GROUP }),
      graph: groups(),
      logger: silentLogger,
    });
    for (const id of [ADMIN, MEMBER, READER]) assert.deepEqual(await policy.check(user(id), 'read'), { allowed: true }, id);
    assert.match(refusedReason(await policy.check(user(STRANGER), 'read')), /limited to named users/);
    assert.match(refusedReason(await policy.check(user(undefined), 'read')), /did not send your Entra object id/);
    assert.match(refusedReason(await policy.check(user(READER), 'write')), /Only PIM alert administrators/);
  });

  it('restricts reads by reader ids without any Graph lookup', async () => {
    const policy = createAccessPolicy({ access: access({ readerIds: [READER] }), logger: silentLogger });
    assert.deepEqual(await policy.check(user(READER), 'read'), { allowed: true });
    assert.equal((await policy.check(user(STRANGER), 'read')).allowed, false);
  });

  it('refuses with a readable reason, logs, and never throws when the membership lookup fails', async () => {
    const graph = groups();
    graph.failure = Object.assign(new Error('Authorization_RequestDenied'), { statusCode: 403 });
    const lines: string[] = [];
    const logger = new JsonLogger('debug', (line) => lines.push(line));
    const policy = createAccessPolicy({ access: access({ adminGroupId: ADMIN_GROUP }), graph, logger });
    const reason = refusedReason(await policy.check(user(MEMBER), 'write'));
    assert.match(reason, /couldn't confirm your group membership/);
    assert.ok(!reason.includes(ADMIN_GROUP), 'the refusal names no group id');
    assert.ok(lines.some((line) => line.includes('group membership check failed') && line.includes('Authorization_RequestDenied')));
  });

  it('caches membership answers for groupCacheSeconds, and not failures', async () => {
    let now = 0;
    const graph = groups();
    const policy = createAccessPolicy({ access: access({ adminGroupId: ADMIN_GROUP, groupCacheSeconds: 30 }), graph, logger: silentLogger, now: () => now });
    await Promise.all([policy.check(user(MEMBER), 'write'), policy.check(user(MEMBER), 'write')]);
    await policy.check(user(MEMBER), 'write');
    assert.equal(graph.calls, 1, 'one lookup shared and cached');
    now = 31_000;
    await policy.check(user(MEMBER), 'write');
    assert.equal(graph.calls, 2, 'looked up again after expiry');
    graph.failure = new Error('down');
    now = 62_000;
    assert.equal((await policy.check(user(MEMBER), 'write')).allowed, false);
    graph.failure = undefined;
    assert.equal((await policy.check(user(MEMBER), 'write')).allowed, true);
  });

  it('does not cache at all when groupCacheSeconds is 0', async () => {
    const graph = groups();
    const policy = createAccessPolicy({ access: access({ adminGroupId: ADMIN_GROUP, groupCacheSeconds: 0 }), graph, logger: silentLogger });
    await policy.check(user(MEMBER), 'write');
    await policy.check(user(MEMBER), 'write');
    assert.equal(graph.calls, 2);
  });

  it('stops start-up when a group is configured without a way to check it', () => {
    assert.throws(
      () => createAccessPolicy({ access: access({ adminGroupId: ADMIN_GROUP }), logger: silentLogger }),
      (error: unknown) => error instanceof AppError && error.code === 'configuration' && /PIM_ADMIN_GROUP_ID/.test(error.message),
    );
  });
});
