import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { VerifiableAuditLog } from '../auth/audit-log';
import { createAuditCommand } from '../auth/audit-command';
import type { Command } from '../commands/command';
import { pimCommands } from '../commands/pim-commands';
import { digestCommands, type DigestCommandDeps } from '../digest/digest-commands';
import { subscriptionCommands, type SubscriptionCommandDeps } from '../notifications/subscription-commands';
import type { TriageCommandDeps } from '../triage/triage-command-deps';
import { triageCommands } from '../triage/triage-commands';

/** `help` (and empty or unknown text) is the router's fallback, not a registered command. */
export const HELP_COMMAND = 'help';

export interface ExtensionCommandSources {
  readonly subscriptions: SubscriptionCommandDeps;
  readonly audit: VerifiableAuditLog;
  readonly digest: DigestCommandDeps;
  readonly triage: TriageCommandDeps;
}

/** The chat commands from outside src/commands (subscribe, unsubscribe, subscriptions, digest, quiet, audit, snooze, exclude): main registers exactly these. */
export function extensionCommands(sources: ExtensionCommandSources): Command[] {
  return [...subscriptionCommands(sources.subscriptions), ...digestCommands(sources.digest), createAuditCommand(sources.audit), ...triageCommands(sources.triage)];
}

/**
 * Commands the Teams manifest leaves out: a command list holds at most 12 entries. Each is still in
 * `help` and named in the description of the entry it belongs to (subscribe, digest, alert).
 */
export const MANIFEST_OMITS: readonly string[] = ['unsubscribe', 'quiet', 'subscriptions', 'incidents'];

/**
 * Every command name the composed app answers to, `help` first: the manifest's `commandLists` must
 * list exactly these minus MANIFEST_OMITS. Builds the command table without services (names only).
 */
export function registeredCommandNames(): string[] {
  const commands = [
    ...pimCommands({} as UseCaseDeps),
    ...extensionCommands({ subscriptions: {} as SubscriptionCommandDeps, audit: {} as VerifiableAuditLog, digest: {} as DigestCommandDeps, triage: {} as TriageCommandDeps }),
  ];
  return [HELP_COMMAND, ...commands.map((command) => command.name)];
}
