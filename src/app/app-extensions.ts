import type { ConversationEvents } from '../notifications/conversation-events';
import type { InstanceStatus } from '../server/health-routes';
import type { ReadinessCheck } from '../server/readiness';
import type { WatchHealthView } from '../watch-health/watch-health-view';

/** What other areas plug into the app (conversation events, health facts, readiness checks, watch health); all optional. */
export interface AppExtensions {
  /** Conversation registry and welcome card (notifications). */
  readonly conversationEvents?: ConversationEvents;
  readonly readinessChecks?: readonly ReadinessCheck[];
  /** Which instance answers and whether it runs the poller (scale-out); shown on /healthz. */
  readonly instance?: () => InstanceStatus;
  /** The watch health monitor's findings and the operations conversation (the `watch` command). */
  readonly watchHealth?: WatchHealthView;
}
