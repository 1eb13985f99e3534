import { describeVerdict } from '../../audit/describe-verdict';
import { MAX_AUDIT_LIMIT } from '../../audit/storage-audit-log';
import { mergeAuditOutcomes } from '../../audit/merge-audit-outcomes';
import { renderAuditList } from '../../audit/render-audit-list';
import { AppError } from '../../errors/app-error';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';

const DEFAULT_LIMIT = 10;
const USAGE = `Usage: audit [n], where n is a number from 1 to ${MAX_AUDIT_LIMIT} (default ${DEFAULT_LIMIT}), or audit verify.`;

/** `audit [n]`: the last n write actions, newest first; `audit verify`: checks the hash chain. Admins only. */
export const auditCommand = commandRoute({
  name: 'audit',
  summary: `show who changed what: the last write actions (default ${DEFAULT_LIMIT}, at most ${MAX_AUDIT_LIMIT}); \`audit verify\` checks the trail for tampering; administrators only`,
  usage: 'audit [n | verify]',
  access: 'write',
  async handle(deps, _turn, input) {
    if (input.words.length === 1 && input.words[0]?.toLowerCase() === 'verify') return textResult(describeVerdict(await deps.audit.verify()));
    const limit = parseLimit(input.words);
    // A write is two entries (attempted, then its outcome): read up to twice as many to show `limit` actions.
    const read = Math.min(limit * 2, MAX_AUDIT_LIMIT);
    const entries = await deps.audit.recent(read);
    const actions = mergeAuditOutcomes(entries);
    const wholeTrail = entries.length < read && actions.length <= limit;
    return textResult(renderAuditList(actions.slice(0, limit), { wholeTrail }));
  },
});

function parseLimit(words: readonly string[]): number {
  const [first, ...rest] = words;
  if (first === undefined) return DEFAULT_LIMIT;
  if (rest.length > 0 || !/^\d{1,3}$/.test(first) || Number(first) < 1 || Number(first) > MAX_AUDIT_LIMIT) {
    throw new AppError('invalidInput', { userMessage: USAGE });
  }
  return Number(first);
}
