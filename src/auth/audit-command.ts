import type { BotTurn } from '../bot/bot-turn';
import type { Command, CommandInput } from '../commands/command';
import { AppError } from '../errors/app-error';
import type { AuditLog } from './audit-log';
import { renderAuditList } from './render-audit-list';
import { MAX_AUDIT_LIMIT } from './storage-audit-log';

const DEFAULT_LIMIT = 10;

/** `audit [n]`: the last n (1..100, default 10) write actions, newest first. Admins only. */
export function createAuditCommand(audit: AuditLog): Command {
  return {
    name: 'audit',
    summary: `show who changed what: the last write actions (default ${DEFAULT_LIMIT}, at most ${MAX_AUDIT_LIMIT}); administrators only`,
    usage: 'audit [n]',
    access: 'write',
    async handle(turn: BotTurn, input: CommandInput): Promise<void> {
      const limit = parseLimit(input.words);
      const entries = await audit.recent(limit);
      await turn.reply({ text: renderAuditList(entries, limit) });
    },
  };
}

function parseLimit(words: readonly string[]): number {
  const [first, ...rest] = words;
  if (first === undefined) return DEFAULT_LIMIT;
  if (rest.length > 0 || !/^\d{1,3}$/.test(first) || Number(first) < 1 || Number(first) > MAX_AUDIT_LIMIT) {
    throw new AppError('invalidInput', {
      userMessage: `Usage: audit [n], where n is a number from 1 to ${MAX_AUDIT_LIMIT} (default ${DEFAULT_LIMIT}).`,
    });
  }
  return Number(first);
}
