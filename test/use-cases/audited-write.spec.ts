import assert from 'node:assert/strict';
import { recordAudit } from '../../src/use-cases/audited-write';
import { ADMIN, RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

describe('audit entries: the conversation', () => {
  it('a click in a channel thread is audited with the channel, without ;messageid=', async () => {
    const deps = makeUseCaseDeps();
    const turn = new RecordingTurn(ADMIN, undefined, { id: '19:abc@thread.tacv2;messageid=1700000000000', type: 'channel', tenantId: 'tenant-1' });
    await recordAudit(deps, turn, { action: 'acknowledge', target: 'alert-1' }, 'succeeded');
    assert.equal(deps.audit.entries[0]?.conversationId, '19:abc@thread.tacv2');
  });
});
