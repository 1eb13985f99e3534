import assert from 'node:assert/strict';
import type { DigestSettingsStore } from '../../../src/digest/digest-settings-store';
import type { IncidentHistory } from '../../../src/digest/incident-history';
import { alertWith, incident } from '../../notifications/support/alert-fixtures';
import { makeAppStores } from '../../support/fakes/app-stores';
import { REFUSAL } from '../../support/fakes/fixed-access-policy';
import type { MemoryAuditLog } from '../../support/fakes/memory-audit-log';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runCommand } from './run-command';

const NOW = Date.parse('2026-12-02T10:00:00Z');

describe('digest and quiet commands', () => {
  let deps: TestUseCaseDeps;
  let audit: MemoryAuditLog;
  let settings: DigestSettingsStore;
  let history: IncidentHistory;

  beforeEach(() => {
    deps = makeUseCaseDeps({ ...makeAppStores(undefined, () => NOW), now: () => NOW });
    ({ audit } = deps);
    ({ settings, history } = deps.digest);
  });

  const say = async (text: string, user = ADMIN): Promise<string> => {
    const turn = await runCommand(deps, text, new RecordingTurn(user));
    return turn.replies.map((reply) => ('text' in reply ? reply.text ?? '' : '') + ('card' in reply ? JSON.stringify(reply.card) : '')).join('\n');
  };

  it('an admin sets a daily digest: the reply shows the next run in that zone, and it is audited', async () => {
    const reply = await say('digest daily 08:00 europe/berlin');
    assert.match(reply, /Digest set\. Digest: daily at 08:00 \(Europe\/Berlin\); next one Thu 2026-12-03 08:00 \(Europe\/Berlin\)\./);
    assert.equal((await settings.get('conv-1'))?.digest?.nextRunAt, '2026-12-03T07:00:00.000Z');
    assert.deepEqual(audit.entries.map((entry) => [entry.action, entry.result, entry.summary, entry.target]), [
      ['digest', 'attempted', 'daily at 08:00 (Europe/Berlin)', 'conv-1'], ['digest', 'succeeded', 'daily at 08:00 (Europe/Berlin)', 'conv-1'],
    ]);
    assert.match(await say('digest weekly mon 09:00 America/New_York'), /next one Mon 2026-12-07 09:00 \(America\/New_York\)/);
  });

  it('quiet hours set inside their own window say they are in effect now, and until when; set outside, they do not', async () => {
    assert.match(await say('quiet 09:00-12:00 Europe/Berlin'), /Quiet hours set: 09:00–12:00 \(Europe\/Berlin\)\.[^\n]* They are in effect now: notifications are held until 12:00 \(Europe\/Berlin\)\./);
    assert.doesNotMatch(await say('quiet 22:00-07:00 Europe/Berlin'), /in effect now/);
  });

  it('a reader may look and preview, but a change is refused, audited and changes nothing', async () => {
    await say('quiet 22:00-07:00 Europe/Berlin');
    assert.match(await say('digest', READER), /No digest here[\s\S]*Quiet hours: 22:00–07:00 \(Europe\/Berlin\)/);
    assert.equal(await say('digest daily 08:00 UTC', READER), REFUSAL);
    assert.equal(await say('quiet off', READER), REFUSAL);
    assert.equal((await settings.get('conv-1'))?.digest, undefined);
    assert.ok((await settings.get('conv-1'))?.quiet, 'quiet hours still on');
    assert.deepEqual(audit.entries.map((entry) => [entry.action, entry.result]), [['quiet', 'attempted'], ['quiet', 'succeeded'], ['digest', 'refused'], ['quiet', 'refused']]);
  });

  it('digest now posts the card for the period ending now, to anyone', async () => {
    await history.record([alertWith('StaleSignInAlert', 'high', [incident('a')])], NOW - 5 * 3_600_000);
    await history.record([alertWith('StaleSignInAlert', 'high', [incident('a'), incident('b')])], NOW - 3_600_000);
    const reply = await say('digest now', READER);
    assert.match(reply, /Daily PIM alerts digest[\s\S]*1 new incident on 1 alert/);
    assert.match(reply, /Preview: the period ending now/);
    assert.match(reply, /"type":"Chart.Line"/);
  });

  it('bad input gets a clear answer and stores nothing', async () => {
    assert.match(await say('digest daily 08:00 Atlantis/Capital'), /"Atlantis\/Capital" is not a time zone I know/);
    assert.match(await say('digest hourly'), /Usage: digest daily <HH:MM>/);
    assert.match(await say('quiet 22:00'), /Usage: quiet/);
    assert.equal(await settings.get('conv-1'), undefined);
    assert.match(await say('digest off'), /Digest turned off here/);
  });
});
