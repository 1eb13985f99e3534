import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { alertCommand } from './alert-command';
import { alertsCommand } from './alerts-command';
import type { Command } from './command';
import { configCommand } from './config-command';
import { dismissCommand } from './dismiss-command';
import { incidentsCommand } from './incidents-command';
import { refreshCommand } from './refresh-command';
import { remediateCommand } from './remediate-command';

/** The PIM alert commands, in the order help lists them. Other areas add theirs next to these. */
export function pimCommands(deps: UseCaseDeps): Command[] {
  return [
    alertsCommand(deps),
    alertCommand(deps),
    incidentsCommand(deps),
    dismissCommand(deps),
    refreshCommand(deps),
    remediateCommand(deps),
    configCommand(deps),
  ];
}
