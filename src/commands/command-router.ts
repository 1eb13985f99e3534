import { recordAudit, type AuditTarget } from '../use-cases/audited-write';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { auditText } from '../auth/audit-entry-shape';
import type { BotTurn } from '../bot/bot-turn';
import { AppError, toAppError } from '../errors/app-error';
import type { Command } from './command';
import { helpText } from './help-text';
import { splitWords } from './split-words';
import { escapeCardText } from '../cards/escape-card-text';

/** A refused command as audited: no target id (the text is unchecked), the typed words as one bounded line. */
function refusedCommand(name: string, rest: string): AuditTarget {
  return { action: name, target: '-', summary: `Typed: ${auditText(`${name} ${rest}`, 120)}` };
}

export type CommandRouterDeps = Pick<UseCaseDeps, 'access' | 'audit' | 'now' | 'logger'>;

/**
 * Routes chat text to commands by their first word (case-insensitive). `help`, empty text and
 * anything unknown fall through to the help text, always last. Access is checked before a handler.
 */
export class CommandRouter {
  private readonly byName = new Map<string, Command>();

  constructor(private readonly commands: readonly Command[], private readonly deps: CommandRouterDeps) {
    for (const command of commands) {
      for (const name of [command.name, ...(command.aliases ?? [])]) this.register(name.toLowerCase(), command);
    }
  }

  async route(turn: BotTurn, text: string): Promise<void> {
    const trimmed = text.trim();
    const [first = ''] = trimmed.split(/\s+/, 1);
    const command = this.byName.get(first.toLowerCase());
    if (!command) {
      await this.fallback(turn, first);
      return;
    }
    const decision = await this.deps.access.check(turn.user, command.access);
    const rest = trimmed.slice(first.length).trim();
    if (!decision.allowed) {
      if (command.access === 'write') await recordAudit(this.deps, turn, refusedCommand(command.name, rest), 'refused');
      await turn.reply({ text: decision.reason });
      return;
    }
    await this.run(turn, command, rest);
  }

  private async run(turn: BotTurn, command: Command, rest: string): Promise<void> {
    try {
      await command.handle(turn, { text: rest, words: splitWords(rest) });
    } catch (error) {
      const appError = toAppError(error);
      const level = appError.code === 'internal' ? 'error' : 'warn';
      this.deps.logger[level]('command failed', { command: command.name, correlationId: turn.correlationId, code: appError.code, error });
      await turn.reply({ text: appError.message });
    }
  }

  private async fallback(turn: BotTurn, first: string): Promise<void> {
    const help = helpText(this.commands);
    const known = first === '' || first.toLowerCase() === 'help' || first === '?';
    await turn.reply({ text: known ? help : `I don't know "${escapeCardText(first, 40)}".\n\n${help}` });
  }

  private register(name: string, command: Command): void {
    if (name === 'help' || this.byName.has(name)) {
      throw new AppError('internal', { userMessage: `Two commands are registered as "${name}".` });
    }
    this.byName.set(name, command);
  }
}
