import type { BotTurn } from '../bot/bot-turn';
import { escapeCardText } from '../cards/escape-card-text';
import type { Command } from '../commands/command';
import { GUID } from '../config/env-reader';
import { AppError } from '../errors/app-error';
import type { ExclusionKind } from './exclusion-store';
import { actorOf } from './triage-actor';
import { auditChange, requireWrite, type TriageCommandDeps } from './triage-command-deps';
import { exclusionLine } from './triage-text';

const USAGE = 'exclude user <UPN or object id> <reason> | exclude group <group object id> <reason> | exclude remove <UPN or id> | exclude list';
/** A UPN as Entra allows it: local part, @, a domain; no spaces or markup. */
const UPN = /^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63}$/;
const MAX_REASON = 300;

const invalid = (message: string): AppError => new AppError('invalidInput', { userMessage: `${message}\nUsage: ${USAGE}` });

/**
 * `exclude`: emergency-access (break-glass) accounts and other listed users or groups never notify and
 * are marked "Excluded (break-glass)" on cards. Admins add and remove; readers may list.
 */
export function excludeCommand(deps: TriageCommandDeps): Command {
  return {
    name: 'exclude',
    summary: 'never notify about break-glass accounts: `exclude user <UPN|id> <reason>`, `exclude group <id> <reason>`, `exclude remove <UPN|id>`, `exclude list`',
    usage: USAGE,
    access: 'read',
    async handle(turn, input) {
      const [first, value = '', ...reason] = input.words;
      const sub = first?.toLowerCase();
      if (sub === undefined || sub === 'list') return listExclusions(deps, turn);
      if (sub === 'remove') return removeExclusion(deps, turn, value);
      if (sub === 'user' || sub === 'group') return addExclusion(deps, turn, sub, value, reason.join(' ').trim());
      throw invalid(`I don't know "exclude ${(first ?? '').slice(0, 30)}".`);
    },
  };
}

async function listExclusions(deps: TriageCommandDeps, turn: BotTurn): Promise<void> {
  const exclusions = await deps.triage.exclusions.list();
  if (exclusions.length === 0) {
    await turn.reply({ text: 'Nobody is excluded. Admins add break-glass accounts with "exclude user <UPN or object id> <reason>".' });
    return;
  }
  const lines = exclusions.slice(0, 100).map(exclusionLine);
  await turn.reply({ text: `${exclusions.length} exclusion(s); their incidents never notify and are marked on cards:\n${lines.join('\n')}` });
}

async function addExclusion(deps: TriageCommandDeps, turn: BotTurn, kind: ExclusionKind, raw: string, reason: string): Promise<void> {
  await requireWrite(deps, turn, 'exclude', `${kind} ${raw}`);
  const value = checkedValue(kind, raw);
  if (reason === '') throw invalid('Say why (e.g. "break-glass account").');
  const record = { kind, value, reason: reason.slice(0, MAX_REASON), by: actorOf(turn.user), at: deps.now().toISOString() };
  const added = await deps.triage.exclusions.add(record);
  await auditChange(deps, turn, 'exclude', `${kind}:${value}`, added ? undefined : 'updated');
  const what = kind === 'group' ? `Members of group ${value} (including nested groups)` : `User ${escapeCardText(value, 200)}`;
  await turn.reply({ text: `${what} ${added ? 'excluded' : 'exclusion updated'}: their incidents never notify and are marked "Excluded (break-glass)" on cards.` });
}

async function removeExclusion(deps: TriageCommandDeps, turn: BotTurn, raw: string): Promise<void> {
  await requireWrite(deps, turn, 'exclude.remove', raw);
  if (!GUID.test(raw) && !UPN.test(raw)) throw invalid('Name the UPN or object id to remove.');
  const removed = await deps.triage.exclusions.remove(raw.toLowerCase());
  if (!removed) {
    await turn.reply({ text: `${escapeCardText(raw, 200)} is not excluded.` });
    return;
  }
  await auditChange(deps, turn, 'exclude.remove', `${removed.kind}:${removed.value}`);
  await turn.reply({ text: `${removed.kind === 'group' ? 'Group' : 'User'} ${escapeCardText(removed.value, 200)} is no longer excluded.` });
}

function checkedValue(kind: ExclusionKind, raw: string): string {
  if (kind === 'group' && !GUID.test(raw)) throw invalid('A group is named by its object id (a GUID).');
  if (kind === 'user' && !GUID.test(raw) && !UPN.test(raw)) throw invalid('A user is named by UPN (name@contoso.com) or object id (a GUID).');
  return raw.toLowerCase();
}
