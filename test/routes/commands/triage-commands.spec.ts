import assert from 'node:assert/strict';
import type { TriageServices } from '../../../src/triage/triage-services';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps, NOW, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { BREAK_GLASS_USER } from '../../support/fakes/fake-user-directory';
import { runCommand } from './run-command';

const STALE = alertIdOf('StaleSignInAlert');
const GROUP = '33333333-3333-4333-8333-333333333333';

/** `snooze` and `exclude` through the real route table: admins change, readers list, every change audited. */
describe('triage commands', () => {
  let deps: TestUseCaseDeps;
  let triage: TriageServices;

  beforeEach(() => {
    deps = makeUseCaseDeps();
    triage = deps.triage;
  });

  const say = async (text: string, user = ADMIN): Promise<string> => (await runCommand(deps, text, new RecordingTurn(user))).texts.join('\n');

  it('snooze <alert> 4h <reason>: stored with its end and reason, audited, and listed for readers', async () => {
    assert.match(await say('snooze staleSignIn 4h patch *night*'), /Snoozed until 2026-11-23 16:00 UTC by Ada Admin: patch \\\*night\\\*\. Notifications resume by themselves/);
    assert.equal((await triage.snoozes.active(STALE, NOW))?.reason, 'patch *night*');
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result]), [['snooze', STALE, 'succeeded']]);
    const list = await say('snooze list', READER);
    assert.match(list, /1 snoozed alert.*- Potential stale accounts in a privileged role: Snoozed until 2026-11-23 16:00 UTC/s);
    assert.doesNotMatch(list, /DirectoryRole_|StaleSignInAlert/, 'the name, not the internal id');
  });

  it('a reader may list but not snooze: refused, audited as refused, nothing stored', async () => {
    assert.match(await say('snooze staleSignIn 4h because', READER), /administrators/);
    assert.equal(await triage.snoozes.active(STALE, NOW), undefined);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.result]), [['snooze', 'refused']]);
  });

  it('a snooze needs a reason and a valid time; unknown alerts get suggestions; nothing is stored', async () => {
    assert.match(await say('snooze staleSignIn 4h'), /Say why/);
    assert.match(await say('snooze staleSignIn yesterday oops'), /not a snooze time/);
    assert.match(await say('snooze nosuchalert 4h reason'), /nosuchalert|No alert|not find|know/i);
    assert.deepEqual(await triage.snoozes.listActive(NOW), []);
  });

  it('snooze end <alert> ends it early (audited); ending an unsnoozed alert says so', async () => {
    await say('snooze staleSignIn 2d holiday');
    assert.match(await say('snooze end staleSignIn'), /snooze ended \(it was until 2026-11-25 12:00 UTC\)/);
    assert.match(await say('snooze end staleSignIn'), /was not snoozed/);
    assert.deepEqual(deps.audit.entries.map((entry) => entry.action), ['snooze', 'snooze.end']);
  });

  it('exclude user/group with a reason: the user resolved in the directory, stored by object id, audited and listed with name, UPN, who and why', async () => {
    const bg = BREAK_GLASS_USER;
    assert.match(await say('exclude user BreakGlass@Contoso.com emergency access'), /User Break Glass 1 \(BreakGlass@Contoso\.com, id b9e1c2d3-0000-4000-8000-00000000b001\) excluded/);
    assert.match(await say(`exclude group ${GROUP} break-glass accounts`), /including nested groups/);
    const listed = await say('exclude list', READER);
    assert.match(listed, /2 exclusion\(s\)/);
    assert.match(listed, /user Break Glass 1 \(BreakGlass@Contoso\.com, id b9e1c2d3-0000-4000-8000-00000000b001\): emergency access \(by Ada Admin/);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target]), [['exclude', `user:${bg.id}`], ['exclude', `group:${GROUP}`]]);
    assert.deepEqual(deps.audit.entries.map((entry) => entry.summary), [
      `Excluded user Break Glass 1 (BreakGlass@Contoso.com, id ${bg.id}): emergency access`, `Excluded group ${GROUP}: break-glass accounts`,
    ], 'the audit trail says who and why');
  });

  it('exclude refuses readers, malformed ids and a missing reason; remove (by UPN or id) takes it out again', async () => {
    assert.match(await say('exclude user BreakGlass@contoso.com why', READER), /administrators/);
    assert.match(await say('exclude group not-a-guid why'), /object id \(a GUID\)/);
    assert.match(await say('exclude user <at>x</at> why'), /UPN/);
    assert.match(await say('exclude user BreakGlass@contoso.com'), /Say why/);
    assert.deepEqual(await triage.exclusions.list(), []);
    await say('exclude user BreakGlass@contoso.com break glass');
    assert.match(await say('exclude remove BREAKGLASS@contoso.com'), /User Break Glass 1 \(BreakGlass@Contoso\.com, id b9e1c2d3-0000-4000-8000-00000000b001\) is no longer excluded/);
    assert.deepEqual(await triage.exclusions.list(), []);
    await say(`exclude user ${BREAK_GLASS_USER.id} break glass`);
    assert.match(await say(`exclude remove ${BREAK_GLASS_USER.id.toUpperCase()}`), /no longer excluded/);
    assert.deepEqual(await triage.exclusions.list(), []);
    assert.equal(deps.audit.entries.at(-1)?.summary, `No longer excluded: user Break Glass 1 (BreakGlass@Contoso.com, id ${BREAK_GLASS_USER.id})`);
  });
});
