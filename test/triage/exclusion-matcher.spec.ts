import assert from 'node:assert/strict';
import type { AlertIncident } from '../../src/pim/model';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { ExclusionMatcher } from '../../src/triage/exclusion-matcher';
import { ExclusionStore } from '../../src/triage/exclusion-store';
import { incident } from '../notifications/support/alert-fixtures';
import { RecordingLogger } from '../support/fakes/recording-logger';

const GROUP = 'aaaaaaaa-0000-4000-8000-00000000000a';
const MEMBER = 'bbbbbbbb-0000-4000-8000-00000000000b';
const OTHER = 'cccccccc-0000-4000-8000-00000000000c';
const assigned = (id: string, assigneeId: string): AlertIncident => ({ ...incident(id), assigneeId });
const by = { id: OTHER, name: 'Admin' };

describe('ExclusionMatcher', () => {
  let store: ExclusionStore;
  let logger: RecordingLogger;

  beforeEach(async () => {
    store = new ExclusionStore(new MemoryStorage());
    logger = new RecordingLogger();
    await store.add({ kind: 'group', value: GROUP, reason: 'break-glass', by, at: '2026-12-01T00:00:00.000Z' });
  });

  it('lists a failed group lookup as unchecked (not as "not excluded") and logs it as an error naming the permissions', async () => {
    const failing = { isMember: (): Promise<boolean> => Promise.reject(new Error('Authorization_RequestDenied')) };
    const result = await new ExclusionMatcher(store, failing, logger).excludedIncidentIds([assigned('m', MEMBER)]);
    assert.deepEqual([...result], []);
    assert.deepEqual([...(result.unchecked ?? [])], ['m']);
    const [line] = logger.find(/exclusion group check failed/);
    assert.equal(line?.level, 'error');
    assert.match(line?.message ?? '', /User\.Read\.All and GroupMember\.Read\.All/);
  });

  it('a member found is excluded and checked; a non-member is neither', async () => {
    const groups = { isMember: (user: string): Promise<boolean> => Promise.resolve(user === MEMBER) };
    const result = await new ExclusionMatcher(store, groups, logger).excludedIncidentIds([assigned('m', MEMBER), assigned('o', OTHER)]);
    assert.deepEqual([...result], ['m']);
    assert.deepEqual([...(result.unchecked ?? [])], []);
    assert.deepEqual(logger.entries, []);
  });

  it('without a membership checker, a group exclusion is unchecked too', async () => {
    const result = await new ExclusionMatcher(store, undefined, logger).excludedIncidentIds([assigned('m', MEMBER)]);
    assert.deepEqual([...(result.unchecked ?? [])], ['m']);
  });

  it('a user resolved in the directory matches by object id, and by the UPN the directory gave (any case)', async () => {
    const user = 'dddddddd-0000-4000-8000-00000000000d';
    await store.add({ kind: 'user', value: user, user: { displayName: 'Break Glass', userPrincipalName: 'BG@Contoso.com' }, reason: 'bg', by, at: '2026-12-01T00:00:00.000Z' });
    const byUpn: AlertIncident = { ...incident('u'), assigneeId: undefined, assigneeUserPrincipalName: 'bg@contoso.COM' };
    const groups = { isMember: (): Promise<boolean> => Promise.resolve(false) };
    const result = await new ExclusionMatcher(store, groups, logger).excludedIncidentIds([assigned('i', user), byUpn, assigned('o', OTHER)]);
    assert.deepEqual([...result].sort(), ['i', 'u']);
  });
});
