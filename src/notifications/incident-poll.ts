import type { OutgoingMessage } from '../cards/outgoing-message';
import type { PortalLinks } from '../cards/portal-links';
import type { Logger } from '../logging/logger';
import type { NotificationFilter } from '../triage/notification-filter';
import { wantsAlertType } from './alert-type-filter';
import { wantsScope } from './subscribe-scope';
import type { Alert, AlertWithIncidents } from '../pim/model';
import type { PimAlerts } from '../pim/pim-alerts';
import { broadcastId } from './broadcast-id';
import type { BroadcastRecord } from './broadcast-store';
import type { Broadcaster } from './broadcaster';
import { runCycleTasks, type CycleTask, type NotificationHold } from './cycle-hooks';
import { detectRise, needsIncidents, stateOf, type AlertState, type IncidentRise } from './incident-rise';
import { announce } from './announcement';
import { renderNotification } from './render-notification-card';
import { meetsFloor } from './severity-floor';
import { METRICS, telemetry } from '../telemetry/telemetry';
import type { SubscriptionStore } from './subscription-store';
import type { WatcherSnapshot, WatcherSnapshotStore } from './watcher-snapshot';

export interface PollDeps {
  readonly pim: PimAlerts;
  readonly snapshots: WatcherSnapshotStore;
  readonly subscriptions: SubscriptionStore;
  readonly broadcaster: Broadcaster;
  readonly logger: Logger;
  readonly now: () => number;
  /** Known administrators (MRIs) who get a user-specific view of notification cards. */
  readonly refreshUserIds?: () => readonly string[];
  /** Quiet hours: targets that hold notifications for now. */
  readonly hold?: NotificationHold;
  /** Run after each completed poll (incident history, due digests, quiet-hours releases). */
  readonly cycleTasks?: readonly CycleTask[];
  /** Triage (snoozes, exclusions), applied before quiet hours; without it every rise is posted. */
  readonly filter?: NotificationFilter;
  /** Entra admin center / Azure portal links on the cards. */
  readonly links?: PortalLinks;
}

export interface PollSummary {
  readonly baseline: boolean;
  readonly alertsSeen: number;
  readonly rises: number;
  readonly delivered: number;
}

/**
 * One watcher cycle: one alert list; incidents fetched only for alerts whose count, state or
 * `lastModifiedDateTime` changed (an idle poll reads nothing more); incidents diffed by id; a broadcast
 * per rise, recorded in the outbox; the snapshot advanced right after every broadcast has been recorded
 * and before any is sent. A successor that takes over mid-send so resumes the recorded broadcast
 * instead of announcing the same incidents again in a new one (e.g. 4 → 6 after 4 → 5 went half out).
 */
export async function pollOnce(deps: PollDeps): Promise<PollSummary> {
  const alerts = await deps.pim.listAlerts();
  const stored = await deps.snapshots.load();
  const previous = stored?.snapshot.alerts ?? {};
  const fetched = await fetchChanged(deps, alerts, stored ? previous : undefined);
  let rises = 0;
  const recorded: { readonly record: BroadcastRecord; readonly changedAt: string | null }[] = [];
  if (stored) {
    for (const alert of fetched.values()) {
      const rise = detectRise(previous[alert.id], alert);
      if (!rise) continue;
      rises += 1;
      const record = await notify(deps, rise);
      if (record) recorded.push({ record, changedAt: rise.alert.lastModifiedDateTime });
    }
  } else {
    deps.logger.info('watcher baseline recorded; changes from now on are notified', { alerts: alerts.length });
  }
  await deps.snapshots.save(nextSnapshot(alerts, previous, fetched, deps.now()), stored?.etag ?? null);
  let delivered = 0;
  for (const { record, changedAt } of recorded) {
    const sent = (await deps.broadcaster.deliver(record)).delivered;
    delivered += sent;
    if (sent > 0) recordNotifyDelay(changedAt, deps.now());
  }
  await runCycleTasks(deps.cycleTasks ?? [], alerts, deps.now(), deps.logger);
  return { baseline: !stored, alertsSeen: alerts.length, rises, delivered };
}

/** Incidents of the alerts that changed (baseline: of every alert with incidents), one request each. */
async function fetchChanged(deps: PollDeps, alerts: readonly Alert[], previous: WatcherSnapshot['alerts'] | undefined): Promise<Map<string, AlertWithIncidents>> {
  const fetched = new Map<string, AlertWithIncidents>();
  for (const alert of alerts) {
    if (!needsIncidents(previous?.[alert.id], alert)) continue;
    try {
      fetched.set(alert.id, await deps.pim.getAlert(alert.id));
    } catch (error: unknown) {
      deps.logger.warn('incidents not read; the alert is checked again next poll', { alertId: alert.id, error });
    }
  }
  return fetched;
}

/** The rise's broadcast, recorded in the outbox (not sent yet); undefined when nobody is to be told now. */
async function notify(deps: PollDeps, rise: IncidentRise): Promise<BroadcastRecord | undefined> {
  const severity = rise.alert.definition?.severityLevel ?? 'unknown';
  const targets = (await deps.subscriptions.list())
    .filter((subscription) => meetsFloor(severity, subscription.minimumSeverity) && wantsAlertType(subscription.alertTypes, rise.alert.alertKey) && wantsScope(subscription.scopes, rise.alert))
    .map((subscription) => subscription.conversationId);
  deps.logger.info('alert rose', { alertId: rise.alert.id, from: rise.fromCount, to: rise.toCount, becameActive: rise.becameActive, targets: targets.length });
  if (targets.length === 0) return undefined;
  const decision = deps.filter ? await deps.filter.decide(rise) : undefined;
  if (decision && !decision.notify) return undefined;
  const id = broadcastId(rise.alert);
  const announcement = announce(rise, decision?.excludedIncidentIds);
  const message = renderNotification(rise.alert, announcement, { broadcastId: id, refreshUserIds: deps.refreshUserIds?.(), links: deps.links });
  const held = { broadcastId: id, alertId: rise.alert.id, severity, text: oneLine(message), heldAt: new Date(deps.now()).toISOString() };
  const now = deps.hold ? await deps.hold.holdQuiet(targets, held, deps.now()) : targets;
  if (now.length === 0) return undefined;
  return deps.broadcaster.record(id, rise.alert.id, message, now, announcement);
}

/** The new states: fetched alerts as read; alerts whose fetch failed keep their old state (or stay out) for the next poll. */
function nextSnapshot(alerts: readonly Alert[], previous: WatcherSnapshot['alerts'], fetched: ReadonlyMap<string, AlertWithIncidents>, now: number): WatcherSnapshot {
  const states: Record<string, AlertState> = {};
  for (const alert of alerts) {
    const detail = fetched.get(alert.id);
    const before = previous[alert.id];
    const unchanged = !needsIncidents(before, alert);
    if (detail) states[alert.id] = stateOf(alert, detail.incidents);
    else if (before) states[alert.id] = unchanged ? { ...before, lastModifiedDateTime: alert.lastModifiedDateTime } : before;
    else if (unchanged) states[alert.id] = stateOf(alert, []);
  }
  return { takenAt: new Date(now).toISOString(), alerts: states };
}

/** Time to notify: from Graph's change of the alert (its `lastModifiedDateTime`) to the notification posted. */
function recordNotifyDelay(changedAt: string | null, now: number): void {
  const changed = changedAt === null ? Number.NaN : Date.parse(changedAt);
  if (Number.isFinite(changed)) telemetry().record(METRICS.notifyDelay, Math.max(0, now - changed) / 1000);
}

/** The notification as one line (its summary, else its text) for a quiet-hours summary. */
function oneLine(message: OutgoingMessage): string {
  return ('summary' in message ? message.summary : undefined) ?? message.text ?? '';
}
