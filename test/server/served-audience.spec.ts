import assert from 'node:assert/strict';
import { unservedReason } from '../../src/server/served-audience';
import { activity } from '../support/fakes/activities';

const PINNED = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const pinned = { localMode: false, allowedTenantIds: [PINNED] };

function fromTenant(conversationTenant: unknown, channelDataTenant: unknown, channelId = 'msteams'): ReturnType<typeof activity> {
  const base = activity({ type: 'message', channelId });
  return {
    ...base,
    conversation: { ...base.conversation!, tenantId: conversationTenant as string },
    channelData: channelDataTenant === undefined ? {} : { tenant: { id: channelDataTenant } },
  };
}

describe('unservedReason (tenant and channel pinning)', () => {
  it('serves Teams activities of a pinned tenant, whatever the case of the id', () => {
    assert.equal(unservedReason(fromTenant(PINNED, PINNED), pinned), undefined);
    assert.equal(unservedReason(fromTenant(PINNED.toUpperCase(), undefined), pinned), undefined);
    assert.equal(unservedReason(fromTenant(undefined, PINNED), pinned), undefined);
  });

  it('drops another tenant, a tenant id that disagrees with the other, and an activity without one', () => {
    assert.equal(unservedReason(fromTenant(OTHER, OTHER), pinned), 'another tenant');
    assert.equal(unservedReason(fromTenant(PINNED, OTHER), pinned), 'another tenant');
    assert.equal(unservedReason(fromTenant(OTHER, PINNED), pinned), 'another tenant');
    assert.equal(unservedReason(fromTenant(undefined, undefined), pinned), 'no tenant id');
  });

  it('drops a tenant id that is there but is not a non-empty string, whatever the other one says', () => {
    for (const forged of [[PINNED], [OTHER, PINNED], { id: PINNED }, {}, [], 7, true, '']) {
      assert.equal(unservedReason(fromTenant(forged, PINNED), pinned), 'malformed tenant id', `conversation.tenantId ${JSON.stringify(forged)}`);
      assert.equal(unservedReason(fromTenant(PINNED, forged), pinned), 'malformed tenant id', `channelData.tenant.id ${JSON.stringify(forged)}`);
      assert.equal(unservedReason(fromTenant(forged, undefined), pinned), 'malformed tenant id', `alone ${JSON.stringify(forged)}`);
    }
    const base = fromTenant(PINNED, undefined);
    for (const tenant of [[{ id: OTHER }], 'tenant', 7]) {
      assert.equal(unservedReason({ ...base, channelData: { tenant } }, pinned), 'malformed tenant id', `channelData.tenant ${JSON.stringify(tenant)}`);
    }
    assert.equal(unservedReason({ ...base, channelData: { tenant: null } }, pinned), undefined);
  });

  it('drops every channel but Teams (Web Chat, Direct Line, the Emulator)', () => {
    for (const channel of ['webchat', 'directline', 'emulator', 'MSTEAMS']) {
      assert.equal(unservedReason(fromTenant(PINNED, PINNED, channel), pinned), 'not the Teams channel', channel);
    }
  });

  it('serves the pinned tenants of a MultiTenant list, and everyone in local mode (Agents Playground)', () => {
    assert.equal(unservedReason(fromTenant(OTHER, OTHER), { localMode: false, allowedTenantIds: [PINNED, OTHER] }), undefined);
    assert.equal(unservedReason(fromTenant(OTHER, OTHER, 'webchat'), { localMode: true, allowedTenantIds: [] }), undefined);
  });
});
