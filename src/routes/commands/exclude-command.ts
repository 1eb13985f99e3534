import { usageMarkdown } from '../usage-markdown';
import { escapeCardText } from '../../cards/escape-card-text';
import { GUID } from '../../pim/ids';
import { AppError } from '../../errors/app-error';
import { parseUserKey } from '../../directory/user-key';
import { actorOf } from '../../triage/triage-actor';
import { excludedName, exclusionLine } from '../../triage/triage-text';
import { excludeUser, UNCHECKED_FLAG } from '../../use-cases/exclude-user';
import { recordAudit } from '../../use-cases/audited-write';
import type { Turn } from '../../use-cases/turn';
import type { UseCaseDeps } from '../../use-cases/use-case-deps';
import { textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { commandRoute, type CommandInput } from '../route';

const USAGE = 'exclude user <UPN or object id> <reason> | exclude user <UPN or object id> --unchecked <reason> | exclude group <group object id> <reason> | exclude remove <UPN or id> | exclude list';
const MAX_REASON = 300;

const invalid = (message: string): AppError => new AppError('invalidInput', { userMessage: `${message}\nUsage: ${usageMarkdown(USAGE)}` });

/** `exclude user|group|remove …` change the exclusions (write); `exclude`, `exclude list` and anything else read. */
const changesExclusions = (input: CommandInput): boolean => ['user', 'group', 'remove'].includes(input.words[0]?.toLowerCase() ?? '');

/**
 * `exclude`: emergency-access (break-glass) accounts and other listed users or groups never notify and
 * are marked "Excluded (break-glass)" on cards. Admins add and remove; readers may list.
 */
export const excludeCommand = commandRoute({
  name: 'exclude',
  summary: 'never notify about break-glass accounts: `exclude user <UPN|id> <reason>` (checked in the directory first), `exclude group <id> <reason>`, `exclude remove <UPN|id>`, `exclude list`',
  usage: USAGE,
  access: (input) => (changesExclusions(input) ? 'write' : 'read'),
  handle(deps, turn, input) {
    const [first = '', value = '', ...reason] = input.words;
    const sub = first.toLowerCase();
    if (sub === '' || sub === 'list') return listExclusions(deps);
    if (sub === 'remove') return removeExclusion(deps, turn, value);
    if (sub === 'user') return addUserExclusion(deps, turn, value, reason);
    if (sub === 'group') return addGroupExclusion(deps, turn, value, reason.join(' ').trim());
    throw invalid(`I don't know "exclude ${first.slice(0, 30)}".`);
  },
});

async function listExclusions(deps: UseCaseDeps): Promise<UseCaseResult> {
  const exclusions = await deps.triage.exclusions.list();
  if (exclusions.length === 0) return textResult(usageMarkdown('Nobody is excluded. Admins add break-glass accounts with `exclude user <UPN or object id> <reason>`.'));
  const lines = exclusions.slice(0, 100).map(exclusionLine);
  return textResult(`${exclusions.length} exclusion(s); their incidents never notify and are marked on cards:\n${lines.join('\n')}`);
}

/** `exclude user <UPN|id> [--unchecked] <reason>`: checked here, resolved in the directory by the use case. */
function addUserExclusion(deps: UseCaseDeps, turn: Turn, raw: string, words: readonly string[]): Promise<UseCaseResult> {
  const key = parseUserKey(raw);
  if (!key) throw invalid('A user is named by UPN (name@contoso.com) or object id (a GUID).');
  const unchecked = words[0]?.toLowerCase() === UNCHECKED_FLAG;
  const reason = (unchecked ? words.slice(1) : words).join(' ').trim();
  if (reason === '') throw invalid('Say why (e.g. "break-glass account").');
  return excludeUser(deps, turn, { key, reason: reason.slice(0, MAX_REASON), unchecked });
}

async function addGroupExclusion(deps: UseCaseDeps, turn: Turn, raw: string, reason: string): Promise<UseCaseResult> {
  if (!GUID.test(raw)) throw invalid('A group is named by its object id (a GUID).');
  if (reason === '') throw invalid('Say why (e.g. "break-glass account").');
  const value = raw.toLowerCase();
  const record = { kind: 'group' as const, value, reason: reason.slice(0, MAX_REASON), by: actorOf(turn.user), at: new Date(deps.now()).toISOString() };
  const added = await deps.triage.exclusions.add(record);
  const summary = `${added ? 'Excluded' : 'Updated the exclusion of'} group ${value}: ${record.reason}`;
  await recordAudit(deps, turn, { action: 'exclude', target: `group:${value}`, summary }, 'succeeded', added ? undefined : 'updated');
  return textResult(`Members of group ${value} (including nested groups) ${added ? 'excluded' : 'exclusion updated'}: their incidents never notify and are marked "Excluded (break-glass)" on cards.`);
}

async function removeExclusion(deps: UseCaseDeps, turn: Turn, raw: string): Promise<UseCaseResult> {
  if (!parseUserKey(raw)) throw invalid('Name the UPN or object id to remove.');
  const removed = await deps.triage.exclusions.remove(raw.toLowerCase());
  if (!removed) return textResult(`${escapeCardText(raw, 200)} is not excluded.`);
  const summary = `No longer excluded: ${removed.kind} ${removed.user ? `${removed.user.displayName} (${removed.user.userPrincipalName}, id ${removed.value})` : removed.value}`;
  await recordAudit(deps, turn, { action: 'exclude.remove', target: `${removed.kind}:${removed.value}`, summary }, 'succeeded');
  return textResult(`${removed.kind === 'group' ? 'Group' : 'User'} ${excludedName(removed)} is no longer excluded.`);
}
