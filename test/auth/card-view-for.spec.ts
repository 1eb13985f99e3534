import { strict as assert } from 'node:assert';
import { createCardViewFor } from '../../src/auth/card-view-for';
import { createAccessPolicy } from '../../src/auth/create-access-policy';
import { KnownAdmins, MAX_REFRESH_USER_IDS } from '../../src/auth/known-admins';
import { silentLogger } from '../../src/logging/json-logger';

const ADMIN = '11111111-1111-4111-8111-111111111111';
const OTHER = '44444444-4444-4444-8444-444444444444';

describe('createCardViewFor and KnownAdmins', () => {
  it('shows write buttons only to admins, and learns the admins for refresh.userIds', async () => {
    const policy = createAccessPolicy({ access: { adminIds: [ADMIN], readerIds: [], groupCacheSeconds: 0 }, logger: silentLogger });
    const known = new KnownAdmins();
    const viewFor = createCardViewFor(policy, known);
    assert.deepEqual(await viewFor({ id: '29:admin', name: 'A', aadObjectId: ADMIN }), { actionsVisible: true });
    assert.deepEqual(await viewFor({ id: '29:other', name: 'O', aadObjectId: OTHER }), { actionsVisible: false });
    assert.deepEqual(await viewFor({ id: '29:anon', name: 'N' }), { actionsVisible: false });
    assert.deepEqual(known.userIds(), ['29:admin']);
  });

  it('keeps at most 60 MRIs, newest first, and only well-formed ones', async () => {
    const known = new KnownAdmins();
    const user = (id: string): { id: string; name: string } => ({ id, name: id });
    for (let index = 0; index < 70; index += 1) await known.remember(user(`29:user-${index}`));
    await known.remember(user('29:user-15'));
    for (const bad of ['', '8:orgid:x', '29:a b', '29:<at>', `29:${'x'.repeat(300)}`]) await known.remember(user(bad));
    const ids = known.userIds();
    assert.equal(ids.length, MAX_REFRESH_USER_IDS);
    assert.equal(ids[0], '29:user-15');
    assert.ok(!ids.includes('29:user-9'), 'the oldest dropped first');
    assert.ok(ids.every((id) => /^29:user-\d+$/.test(id)));
  });
});
