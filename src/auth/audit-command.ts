import type { BotTurn } from '../bot/bot-turn';
import type { Command, CommandInput } from '../commands/command';
import { AppError } from '../errors/app-error';
import type { AuditVerdict, VerifiableAuditLog } from './audit-log';
import { renderAuditList } from './render-audit-list';
import { MAX_AUDIT_LIMIT } from './storage-audit-log';

const DEFAULT_LIMIT = 10;
const USAGE = `Usage: audit [n], where n is a number from 1 to ${MAX_AUDIT_LIMIT} (default ${DEFAULT_LIMIT}), or audit verify.`;

/** `audit [n]`: the last n write actions, newest first; `audit verify`: checks the hash chain. Admins only. */
export function createAuditCommand(audit: VerifiableAuditLog): Command {
  return {
    name: 'audit',
    summary: `show who changed what: the last write actions (default ${DEFAULT_LIMIT}, at most ${MAX_AUDIT_LIMIT}); \`audit verify\` checks the trail for tampering; administrators only`,
    usage: 'audit [n | verify]',
    access: 'write',
    async handle(turn: BotTurn, input: CommandInput): Promise<void> {
      if (input.words.length === 1 && input.words[0]?.toLowerCase() === 'verify') {
        await turn.reply({ text: describeVerdict(await audit.verify()) });
        return;
      }
      const limit = parseLimit(input.words);
      const entries = await audit.recent(limit);
      await turn.reply({ text: renderAuditList(entries, limit) });
    },
  };
}

/** The verification answer: intact (how many entries, from which anchor), or the first broken link. */
export function describeVerdict(verdict: AuditVerdict): string {
  const range = verdict.anchorSeq > 0 ? ` (entries ${verdict.anchorSeq + 1}–${verdict.headSeq}; older ones were removed by retention)` : '';
  if (!verdict.broken) return `**Audit trail intact**: ${verdict.checked} entries verified${range}.`;
  return `**Audit trail broken** at entry ${verdict.broken.seq}: ${verdict.broken.reason}. ${verdict.checked} entries before it verified${range}. ` +
    'Compare with the exported copy (npm run audit:export) and investigate who has write access to the bot\'s storage.';
}

function parseLimit(words: readonly string[]): number {
  const [first, ...rest] = words;
  if (first === undefined) return DEFAULT_LIMIT;
  if (rest.length > 0 || !/^\d{1,3}$/.test(first) || Number(first) < 1 || Number(first) > MAX_AUDIT_LIMIT) {
    throw new AppError('invalidInput', { userMessage: USAGE });
  }
  return Number(first);
}
