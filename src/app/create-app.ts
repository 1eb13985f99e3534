import type { CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { ActionRouter } from '../actions/action-router';
import { CARD_ACTIONS } from '../actions/card-actions';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { AlertCache } from '../use-cases/alert-cache';
import { InFlightLocks } from '../use-cases/in-flight-locks';
import type { AccessPolicy } from '../auth/access';
import type { AuditLog } from '../auth/audit-log';
import { createCardViewFor } from '../auth/card-view-for';
import type { KnownAdmins } from '../auth/known-admins';
import { BackgroundTasks } from '../use-cases/background-tasks';
import { noConversationEvents } from '../bot/conversation-events';
import { PimActivityHandler } from '../bot/pim-activity-handler';
import { CommandRouter } from '../commands/command-router';
import { pimCommands } from '../commands/pim-commands';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import type { PimAlerts } from '../pim/pim-alerts';
import { createCloudAdapter } from '../server/create-adapter';
import { createServer } from '../server/create-server';
import { CachedReadiness } from '../server/cached-readiness';
import type { ReadinessCheck } from '../server/readiness';
import type { AppExtensions } from './app-extensions';

export interface AppDeps extends AppExtensions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly pim: PimAlerts;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  /** Administrators seen lately: they get the write buttons of shared cards (user-specific views). */
  readonly knownAdmins: KnownAdmins;
  readonly now?: () => Date;
  /** For tests: a prepared adapter instead of one built from config.bot. */
  readonly adapter?: CloudAdapter;
}

export interface App {
  readonly server: Server;
  readonly adapter: CloudAdapter;
  readonly background: BackgroundTasks;
  /** Every card verb the action router handles. */
  readonly cardVerbs: readonly string[];
}

/** Wires server → adapter → activity handler → commands/actions → PimAlerts. Does not listen. */
export function createApp(deps: AppDeps): App {
  const { config, logger } = deps;
  const adapter = deps.adapter ?? createCloudAdapter(config.bot, logger.child('adapter'));
  const background = new BackgroundTasks(logger.child('background'));
  const useCases: UseCaseDeps = {
    pim: deps.pim, access: deps.access, audit: deps.audit, logger: logger.child('handlers'), background,
    locks: new InFlightLocks(), now: deps.now ?? (() => new Date()), refreshTimeoutMs: config.graph.refreshTimeoutMs,
    alertCache: new AlertCache(), viewFor: createCardViewFor(deps.access, deps.knownAdmins),
    refreshUserIds: () => deps.knownAdmins.userIds(), triage: deps.triage,
  };
  const actions = new ActionRouter([...CARD_ACTIONS, ...(deps.cardActions ?? [])], useCases);
  const bot = new PimActivityHandler({
    commands: new CommandRouter([...pimCommands(useCases), ...(deps.commands ?? [])], useCases),
    actions,
    events: deps.conversationEvents ?? noConversationEvents,
    adapter,
    botAppId: config.bot.appId,
    logger: logger.child('bot'),
  });
  const checks: ReadinessCheck[] = [
    { name: 'graph', check: async () => { await deps.pim.listAlerts(); } },
    ...(deps.readinessChecks ?? []),
  ];
  const readiness = new CachedReadiness(checks, { logger: logger.child('readiness') });
  const server = createServer({
    adapter, bot, logger, maxBodyBytes: config.server.maxBodyBytes, audience: config.bot,
    readiness: () => readiness.report(),
  });
  return { server, adapter, background, cardVerbs: actions.verbs() };
}
