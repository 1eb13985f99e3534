import { acknowledgeAction } from './card-actions/acknowledge-action';
import { cancelRemediationAction } from './card-actions/cancel-remediation-action';
import { confirmRemediateSelectedAction } from './card-actions/confirm-remediate-selected-action';
import { confirmRemediationAction } from './card-actions/confirm-remediation-action';
import { dismissAction } from './card-actions/dismiss-action';
import { openAlertAction } from './card-actions/open-alert-action';
import { pageAction } from './card-actions/page-action';
import { refreshAction } from './card-actions/refresh-action';
import { refreshViewAction } from './card-actions/refresh-view-action';
import { remediateAction } from './card-actions/remediate-action';
import { remediateSelectedAction } from './card-actions/remediate-selected-action';
import { saveSettingsAction } from './card-actions/save-settings-action';
import { settingsAction } from './card-actions/settings-action';
import { subscribeAction } from './card-actions/subscribe-action';
import { alertCommand } from './commands/alert-command';
import { alertsCommand } from './commands/alerts-command';
import { auditCommand } from './commands/audit-command';
import { configCommand } from './commands/config-command';
import { digestCommand } from './commands/digest-command';
import { dismissCommand } from './commands/dismiss-command';
import { excludeCommand } from './commands/exclude-command';
import { incidentsCommand } from './commands/incidents-command';
import { quietCommand } from './commands/quiet-command';
import { refreshCommand } from './commands/refresh-command';
import { remediateCommand } from './commands/remediate-command';
import { snoozeCommand } from './commands/snooze-command';
import { subscriptionCommands } from './commands/subscription-commands';
import { watchCommand } from './commands/watch-command';
import type { Route } from './route';
import { HELP_COMMAND } from './router';

/**
 * Every chat command (in the order `help` lists them) and every card verb the bot answers: the one
 * route table. A new command or button is one entry here (plus its file), with its access level.
 */
export const ROUTES: readonly Route[] = [
  alertsCommand,
  alertCommand,
  incidentsCommand,
  dismissCommand,
  refreshCommand,
  remediateCommand,
  configCommand,
  ...subscriptionCommands,
  digestCommand,
  quietCommand,
  auditCommand,
  snoozeCommand,
  excludeCommand,
  watchCommand,
  openAlertAction,
  pageAction,
  dismissAction,
  refreshAction,
  remediateAction,
  confirmRemediationAction,
  cancelRemediationAction,
  remediateSelectedAction,
  confirmRemediateSelectedAction,
  settingsAction,
  saveSettingsAction,
  refreshViewAction,
  subscribeAction,
  acknowledgeAction,
];

/**
 * Commands the Teams manifest leaves out: a command list holds at most 12 entries. Each is still in
 * `help` and named in the description of the entry it belongs to (subscribe, digest, alert, alerts).
 */
export const MANIFEST_OMITS: readonly string[] = ['unsubscribe', 'quiet', 'subscriptions', 'incidents', 'watch'];

/** Every command name, `help` first: the Teams manifest's `commandLists` lists these minus MANIFEST_OMITS. */
export function commandNames(routes: readonly Route[] = ROUTES): string[] {
  return [HELP_COMMAND, ...routes.flatMap((route) => (route.kind === 'command' ? [route.name] : []))];
}

/** Every card verb the table handles. */
export function cardVerbs(routes: readonly Route[] = ROUTES): string[] {
  return routes.flatMap((route) => (route.kind === 'card' ? [route.verb] : []));
}
