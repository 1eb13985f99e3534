import assert from 'node:assert/strict';
import { recordingAdmins } from '../../src/app/admin-recording-access';
import { KnownAdmins } from '../../src/auth/known-admins';
import { FixedAccessPolicy } from '../support/fakes/fixed-access-policy';
import { ADMIN, READER } from '../support/fakes/recording-turn';

describe('recordingAdmins', () => {
  it('remembers whoever passes a write check, and nobody else; decisions are unchanged', async () => {
    const known = new KnownAdmins();
    const access = recordingAdmins(new FixedAccessPolicy([ADMIN.id]), known);
    assert.equal((await access.check(READER, 'read')).allowed, true);
    assert.equal((await access.check(READER, 'write')).allowed, false);
    assert.deepEqual(known.userIds(), []);
    assert.equal((await access.check(ADMIN, 'read')).allowed, true);
    assert.deepEqual(known.userIds(), [], 'a read says nothing about being an admin');
    assert.equal((await access.check(ADMIN, 'write')).allowed, true);
    assert.deepEqual(known.userIds(), [ADMIN.id]);
  });
});
