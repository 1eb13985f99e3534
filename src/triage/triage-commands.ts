import type { Command } from '../commands/command';
import { excludeCommand } from './exclude-command';
import { snoozeCommand } from './snooze-command';
import type { TriageCommandDeps } from './triage-command-deps';

/** `snooze` and `exclude`, each with its subcommands (the Teams command menu holds at most 12 entries). */
export function triageCommands(deps: TriageCommandDeps): Command[] {
  return [snoozeCommand(deps), excludeCommand(deps)];
}
