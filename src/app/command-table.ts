import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { AuditLog } from '../auth/audit-log';
import { createAuditCommand } from '../auth/audit-command';
import type { Command } from '../commands/command';
import { pimCommands } from '../commands/pim-commands';
import { subscriptionCommands, type SubscriptionCommandDeps } from '../notifications/subscription-commands';

/** `help` (and empty or unknown text) is the router's fallback, not a registered command. */
export const HELP_COMMAND = 'help';

export interface ExtensionCommandSources {
  readonly subscriptions: SubscriptionCommandDeps;
  readonly audit: AuditLog;
}

/** The chat commands from outside src/commands (subscribe, unsubscribe, subscriptions, audit): main registers exactly these. */
export function extensionCommands(sources: ExtensionCommandSources): Command[] {
  return [...subscriptionCommands(sources.subscriptions), createAuditCommand(sources.audit)];
}

/**
 * Every command name the composed app answers to, `help` first: the list the Teams manifest's
 * `commandLists` must match. Builds the command table without services (names only).
 */
export function registeredCommandNames(): string[] {
  const commands = [
    ...pimCommands({} as UseCaseDeps),
    ...extensionCommands({ subscriptions: {} as SubscriptionCommandDeps, audit: {} as AuditLog }),
  ];
  return [HELP_COMMAND, ...commands.map((command) => command.name)];
}
