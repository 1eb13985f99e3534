import assert from 'node:assert/strict';
import { AppError } from '../../../src/errors/app-error';
import { allAlerts } from '../../support/fakes/alert-fixtures';
import { BREAK_GLASS_USER, FakeUserDirectory, GUEST_USER } from '../../support/fakes/fake-user-directory';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';
import { makeTriage } from '../../support/fakes/triage';
import { makeUseCaseDeps, NOW, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { runCommand } from './run-command';

const FORBIDDEN = new AppError('graphForbidden', { details: { status: 403, graphCode: 'Authorization_RequestDenied', operation: 'getUser' } });

/** `exclude user` (issue 21, item 12): the directory is asked first; who matched is shown, stored and audited. */
describe('exclude user: checked in the directory', () => {
  let deps: TestUseCaseDeps;
  let directory: FakeUserDirectory;

  beforeEach(() => {
    directory = new FakeUserDirectory();
    deps = makeUseCaseDeps({ triage: makeTriage({ users: directory, now: () => NOW.getTime() }) });
  });

  const say = async (text: string): Promise<string> => (await runCommand(deps, text, new RecordingTurn(ADMIN))).texts.join('\n');

  it('a UPN the directory does not have excludes nobody and says so; nothing stored or audited', async () => {
    assert.equal(await say('exclude user nobody@contoso.com emergency access'), 'The directory has no user nobody@contoso.com, so nobody was excluded.');
    assert.deepEqual(directory.asked, ['nobody@contoso.com']);
    assert.deepEqual(await deps.triage.exclusions.list(), []);
    assert.deepEqual(deps.audit.entries, []);
  });

  it('suggests a close UPN among the people the cached alerts name, without another directory read', async () => {
    for (const alert of allAlerts()) deps.alertCache.set(alert);
    const known = allAlerts().flatMap((alert) => alert.incidents).find((item) => item.assigneeUserPrincipalName !== undefined);
    const upn = known?.assigneeUserPrincipalName ?? '';
    const typo = `x${upn}`;
    assert.match(await say(`exclude user ${typo} bg`), new RegExp(`nobody was excluded\\. Did you mean \\*\\*${upn.replace(/\./g, '\\.')}\\*\\* \\(${known?.assigneeDisplayName ?? ''}\\)\\?`));
    assert.equal(directory.asked.length, 1);
  });

  it("a guest's #EXT# UPN and an object id resolve; the name from Graph is escaped", async () => {
    assert.match(await say('exclude user ravi_fabrikam.com#EXT#@contoso.com guest admin'), /^User Ravi <b>Kumar<\/b> \(ravi\\_fabrikam\.com#EXT#@contoso\.com, id b9e1c2d3-0000-4000-8000-00000000b002\) excluded/);
    assert.match(await say(`exclude user ${BREAK_GLASS_USER.id.toUpperCase()} emergency access`), /User Break Glass 1 \(BreakGlass@Contoso\.com, id b9e1c2d3-0000-4000-8000-00000000b001\) excluded/);
    assert.deepEqual((await deps.triage.exclusions.list()).map((item) => item.value).sort(), [BREAK_GLASS_USER.id, GUEST_USER.id]);
  });

  it('when the directory cannot be asked: nothing excluded, the reason and permission named, and the way to exclude anyway', async () => {
    directory.failWith = FORBIDDEN;
    const answer = await say('exclude user BreakGlass@contoso.com emergency access');
    assert.match(answer, /^Not excluded: I could not check breakglass@contoso\.com in the directory\. Microsoft Graph refused to read users \(HTTP 403 \(Authorization\\_RequestDenied\)\): the app needs the application permission \*\*User\.ReadBasic\.All\*\*/);
    assert.match(answer, /type \*\*exclude user breakglass@contoso\.com --unchecked emergency access\*\*/);
    assert.deepEqual(await deps.triage.exclusions.list(), []);
    assert.deepEqual(deps.audit.entries, []);
    directory.failWith = new AppError('timeout');
    assert.match(await say('exclude user BreakGlass@contoso.com emergency access'), /Not excluded: .*did not answer in time/);
  });

  it('--unchecked excludes the name as typed when the directory cannot be asked, marked as unchecked in the list and the audit', async () => {
    directory.failWith = FORBIDDEN;
    assert.match(await say('exclude user BG2@contoso.com --unchecked second account'), /^User bg2@contoso\.com, not checked in the directory, excluded/);
    const [stored] = await deps.triage.exclusions.list();
    assert.equal(stored?.value, 'bg2@contoso.com');
    assert.equal(stored?.unchecked, true);
    assert.equal(stored?.reason, 'second account');
    assert.match(await say('exclude list'), /- user bg2@contoso\.com \(not checked in the directory\): second account/);
    assert.equal(deps.audit.entries[0]?.summary, 'Excluded user bg2@contoso.com (not checked in the directory): second account');
  });

  it('--unchecked still resolves when the directory answers, and never excludes a user it does not have', async () => {
    assert.match(await say('exclude user breakglass@contoso.com --unchecked bg'), /User Break Glass 1 .* excluded/);
    assert.equal((await deps.triage.exclusions.list())[0]?.unchecked, undefined);
    assert.match(await say('exclude user nobody@contoso.com --unchecked bg'), /has no user nobody@contoso\.com, so nobody was excluded/);
    assert.equal((await deps.triage.exclusions.list()).length, 1);
  });

  it('refuses identifiers that are neither a UPN nor an object id before asking the directory', async () => {
    for (const bad of ['../users', 'a@b', 'x@contoso.com/../../groups', 'x:y@contoso.com', 'x@contoso.com?$select=*', `${'a'.repeat(200)}@contoso.com`]) {
      assert.match(await say(`exclude user ${bad} reason`), /A user is named by UPN/, bad);
    }
    assert.deepEqual(directory.asked, []);
  });
});
