import type { Server } from 'restify';
import type { DigestStores, UseCaseDeps } from '../use-cases/use-case-deps';
import { AlertCache } from '../use-cases/alert-cache';
import { ChatGraphReads } from '../use-cases/chat-graph-reads';
import { InFlightLocks } from '../use-cases/in-flight-locks';
import type { AccessPolicy } from '../auth/access';
import type { VerifiableAuditLog } from '../audit/audit-log';
import { createCardViewFor } from '../auth/card-view-for';
import type { KnownAdmins } from '../auth/known-admins';
import { BackgroundTasks } from '../use-cases/background-tasks';
import { BroadcastStore } from '../notifications/broadcast-store';
import { noConversationEvents } from '../notifications/conversation-events';
import { NotificationAnnouncements } from '../notifications/notification-announcements';
import { OwnMessagesMiddleware } from '../bot/own-messages-middleware';
import { PimActivityHandler } from '../bot/pim-activity-handler';
import type { SignInSetup } from '../bot/sign-in';
import { applicationWrites, type WriteCredentials } from '../delegation/write-credentials';
import { SentMessageStore } from '../bot/sent-message-store';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import type { SubscriptionStore } from '../notifications/subscription-store';
import type { PimAlerts } from '../pim/pim-alerts';
import type { TriageServices } from '../triage/triage-services';
import { ROUTES } from '../routes/route-table';
import { Router } from '../routes/router';
import { BodyBudget } from '../server/body-budget';
import { createCloudAdapter, type BotAdapter } from '../server/create-adapter';
import { createServer } from '../server/create-server';
import { CachedReadiness } from '../server/cached-readiness';
import { MemoryStorage } from '../storage/memory-storage';
import { unmonitoredWatchHealth } from '../watch-health/watch-health-view';
import type { AppExtensions } from './app-extensions';

export interface AppDeps extends AppExtensions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly pim: PimAlerts;
  readonly access: AccessPolicy;
  readonly audit: VerifiableAuditLog;
  /** Administrators seen lately: they get the write buttons of shared cards (user-specific views). */
  readonly knownAdmins: KnownAdmins;
  /** The stores the subscription, digest/quiet and snooze/exclude routes read and change. */
  readonly subscriptions: SubscriptionStore;
  readonly digest: DigestStores;
  readonly triage: TriageServices;
  readonly now?: () => number;
  /** Ids of the messages the bot sent (the only ones it updates); in memory when not given (tests). */
  readonly sentMessages?: SentMessageStore;
  /** Whose credential a write carries (src/app/write-setup.ts); default: the app's (`pim`). */
  readonly writes?: WriteCredentials;
  /** WRITE_MODE=delegated: Teams SSO at the edge. */
  readonly signIn?: SignInSetup;
  /** The broadcasts (read only: what each notification stated); in memory when not given (tests). */
  readonly broadcasts?: BroadcastStore;
  /** For tests: a prepared adapter instead of one built from config.bot. */
  readonly adapter?: BotAdapter;
}

export interface App {
  readonly server: Server;
  readonly adapter: BotAdapter;
  readonly background: BackgroundTasks;
  /** What request bodies still being read hold together (MAX_PENDING_BODY_BYTES), and the most they held. */
  readonly bodyBudget: BodyBudget;
  /** Every card verb the router handles. */
  readonly cardVerbs: readonly string[];
}

/** Wires server → adapter → activity handler → route table → use cases → PimAlerts. Does not listen. */
export function createApp(deps: AppDeps): App {
  const { config, logger } = deps;
  const adapter = deps.adapter ?? createCloudAdapter(config.bot, logger.child('adapter'));
  const sentMessages = deps.sentMessages ?? new SentMessageStore(new MemoryStorage());
  adapter.use(new OwnMessagesMiddleware(sentMessages, logger.child('own-messages')));
  const announcements = new NotificationAnnouncements(sentMessages, deps.broadcasts ?? new BroadcastStore(new MemoryStorage()));
  const background = new BackgroundTasks(logger.child('background'));
  const useCases: UseCaseDeps = {
    pim: deps.pim, writes: deps.writes ?? applicationWrites(deps.pim), access: deps.access, audit: deps.audit, logger: logger.child('handlers'), background,
    locks: new InFlightLocks(), now: deps.now ?? Date.now, refreshTimeoutMs: config.graph.refreshTimeoutMs,
    alertCache: new AlertCache(), viewFor: createCardViewFor(deps.access, deps.knownAdmins),
    refreshUserIds: () => deps.knownAdmins.userIds(), triage: deps.triage, subscriptions: deps.subscriptions, digest: deps.digest, announcements,
    watchHealth: deps.watchHealth ?? unmonitoredWatchHealth(),
  };
  const chatReads = new ChatGraphReads(deps.pim, config.graph.chatReads, useCases.now);
  const router = new Router(ROUTES, useCases, (user) => ({ pim: chatReads.forUser(user), users: chatReads.directoryFor(user, deps.triage.users) }));
  const bot = new PimActivityHandler({
    router,
    events: deps.conversationEvents ?? noConversationEvents,
    adapter,
    botAppId: config.bot.appId,
    logger: logger.child('bot'),
    ...(deps.signIn ? { signIn: deps.signIn } : {}),
  });
  // Readiness is this instance's own (storage): never a Graph or Resource Manager read, which anyone reaching the
  // unauthenticated /readyz could otherwise make the bot spend, and which fails alike on every instance.
  const readiness = new CachedReadiness(deps.readinessChecks ?? [], { logger: logger.child('readiness') });
  const limits = config.server;
  const bodyBudget = new BodyBudget(limits.maxPendingBodyBytes);
  const server = createServer({
    adapter, bot, logger, audience: config.bot, readiness: () => readiness.report(), instance: deps.instance,
    body: { maxBytes: limits.maxBodyBytes, timeoutMs: limits.bodyTimeoutMs }, bodyBudget,
    timeouts: { headersMs: limits.headersTimeoutMs, requestMs: limits.requestTimeoutMs },
  });
  return { server, adapter, background, bodyBudget, cardVerbs: router.verbs() };
}
