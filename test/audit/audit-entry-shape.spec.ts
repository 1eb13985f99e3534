import assert from 'node:assert/strict';
import { normalizeAuditEntry, parseAuditEntry } from '../../src/audit/audit-entry-shape';
import type { AuditEntry } from '../../src/audit/audit-log';
import { renderAuditList } from '../../src/audit/render-audit-list';

const ENTRY: AuditEntry = {
  time: '2026-12-07T02:00:00.000Z', actor: { id: '29:ada', name: 'Ada', aadObjectId: '11111111-1111-1111-1111-111111111111' },
  action: 'dismiss', target: 'DirectoryRole_x', result: 'succeeded', conversationId: 'conv-1',
};

describe('audit entry shape: ranAs (delegated writes)', () => {
  it('keeps who a delegated write ran as (object id and UPN, one bounded line each) through storage', () => {
    const stored = normalizeAuditEntry({ ...ENTRY, ranAs: { objectId: '11111111-1111-1111-1111-111111111111', upn: 'ada@contoso.example\nforged line' } });
    assert.deepEqual(stored.ranAs, { objectId: '11111111-1111-1111-1111-111111111111', upn: 'ada@contoso.example forged line' });
    assert.deepEqual(parseAuditEntry(JSON.parse(JSON.stringify(stored)))?.ranAs, stored.ranAs);
    assert.equal(normalizeAuditEntry(ENTRY).ranAs, undefined, 'an application-mode write has none');
  });

  it('shows in `audit` whom Graph saw', () => {
    const text = renderAuditList([{ ...ENTRY, ranAs: { objectId: '11111111-1111-1111-1111-111111111111', upn: 'ada@contoso.example' } }, ENTRY], { wholeTrail: true });
    assert.match(text, /1\. 2026-12-07 02:00:00 UTC: \*\*Ada\*\* \(in Graph as ada@contoso\.example\) ·/);
    assert.match(text, /2\. 2026-12-07 02:00:00 UTC: \*\*Ada\*\* ·/);
  });

  it('says Azure Resource Manager, not Graph, saw the user of an Azure alert\'s write; a refresh of everything was both', () => {
    const ranAs = { objectId: '11111111-1111-1111-1111-111111111111', upn: 'ada@contoso.example' };
    const azure = 'Subscription_afa2a084-766f-4003-8ae1-c4aeb893a99f_TooManyOwnersAssignedToResource';
    const text = renderAuditList([
      { ...ENTRY, target: azure, ranAs },
      { ...ENTRY, action: 'remediate', target: `${azure}/ceaa451c-d7c3-4b12-b2eb-a98c1458c096`, ranAs },
      { ...ENTRY, action: 'refresh', target: 'all', ranAs },
    ], { wholeTrail: true });
    assert.match(text, /1\. .*\*\*Ada\*\* \(in Azure Resource Manager as ada@contoso\.example\) ·/);
    assert.match(text, /2\. .*\*\*Ada\*\* \(in Azure Resource Manager as ada@contoso\.example\) ·/);
    assert.match(text, /3\. .*\*\*Ada\*\* \(signed in as ada@contoso\.example\) ·/);
  });

  it('refuses a stored record whose ranAs has the wrong shape', () => {
    assert.equal(parseAuditEntry({ ...ENTRY, ranAs: { objectId: 1, upn: 'x' } }), undefined);
    assert.equal(parseAuditEntry({ ...ENTRY, ranAs: null }), undefined);
  });
});
