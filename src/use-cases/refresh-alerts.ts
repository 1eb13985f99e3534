import type { LaterHandle, Turn } from './turn';
import type { CardPayload } from '../cards/card-payload';
import { alertNameInScope } from '../cards/alert-headline';
import { renderAlertCard } from '../cards/render-alert-card';
import { renderAlertList } from '../cards/render-alert-list';
import { renderRefreshFailed, renderScanning } from '../cards/render-scanning';
import { withUserSpecificRefresh } from '../cards/user-specific-refresh';
import { AppError, toAppError } from '../errors/app-error';
import { audited } from './audited-write';
import type { Writer } from '../delegation/write-credentials';
import { messageViewOptions, triageMarks, type UseCaseDeps } from './use-case-deps';
import { notWatching } from './show-alerts';
import { refreshAuditTarget, refreshLockKey, refreshTargetName, type RefreshTarget } from './refresh-target';

/**
 * Starts a scan without blocking the turn: returns the "Scanning…" card at once and, in the
 * background, starts the refresh, waits for its operation and puts fresh results (or the failure) in
 * `messageId` through `turn.later()`. A scan already running for the target is not started twice.
 */
export function startRefresh(deps: UseCaseDeps, turn: Turn, asked: RefreshTarget, messageId: string | undefined, writer: Writer): CardPayload {
  const target = namedTarget(deps, asked);
  const scanning = renderScanning(refreshTargetName(target), turn.user.name);
  const release = deps.locks.tryAcquire(refreshLockKey(target));
  if (!release) return scanning;
  const later = turn.later();
  deps.background.run('refresh', turn.correlationId, async () => {
    try {
      const card = await refreshedCard(deps, turn, target, writer);
      await deliver(later, messageId, card);
    } catch (error) {
      const appError = toAppError(error);
      deps.logger.warn('refresh failed', { correlationId: turn.correlationId, code: appError.code, error });
      await deliver(later, messageId, await failedCard(deps, turn, target, appError.message));
    } finally {
      release();
    }
  });
  return scanning;
}

/** The target with the alert's name from the cache (a card's alert was read when it was shown), never from Graph. */
function namedTarget(deps: UseCaseDeps, target: RefreshTarget): RefreshTarget {
  if ('all' in target || target.name) return target;
  const cached = deps.alertCache.peek(target.alertId);
  return cached ? { ...target, name: alertNameInScope(cached) } : target;
}

/**
 * The scan runs as `writer` (the app, or the signed-in user: resolved during the turn, so a needed
 * sign-in is asked for at once); waiting for its operation is a read, done as the app.
 */
async function refreshedCard(deps: UseCaseDeps, turn: Turn, target: RefreshTarget, writer: Writer): Promise<CardPayload> {
  const what = { action: 'refresh', target: refreshAuditTarget(target), summary: `Scanned ${refreshTargetName(target)}` };
  await audited(deps, turn, what, async () => {
    const handle = 'all' in target ? await writer.pim.refreshAllAlerts() : await writer.pim.refreshAlert(target.alertId);
    const operation = await deps.pim.waitForOperation(handle, { timeoutMs: deps.refreshTimeoutMs });
    if (operation.status !== 'succeeded') {
      const detail = operation.statusDetail ? `: ${operation.statusDetail}` : '.';
      throw new AppError('graphUnavailable', { userMessage: `The scan did not finish (${operation.status})${detail}` });
    }
  }, writer.ranAs);
  const view = await messageViewOptions(deps, turn);
  if ('all' in target) return renderAlertList(await deps.pim.listAlerts(), { ...view, now: new Date(deps.now()), ...notWatching(deps) });
  const alert = await deps.pim.getAlert(target.alertId);
  deps.alertCache.set(alert);
  return renderAlertCard(alert, { ...view, now: new Date(deps.now()), page: target.page, triage: await triageMarks(deps, turn, alert, target.page) });
}

/** The failure left in the message; its Try again button only where the message shows write buttons. */
async function failedCard(deps: UseCaseDeps, turn: Turn, target: RefreshTarget, message: string): Promise<CardPayload> {
  const view = await messageViewOptions(deps, turn);
  const retry = !view.actionsVisible ? null : 'all' in target ? {} : { alertId: target.alertId };
  const card = renderRefreshFailed(refreshTargetName(target), message, retry);
  const refreshData = 'all' in target ? { scope: 'all' as const } : { alertId: target.alertId, page: target.page };
  return withUserSpecificRefresh(card, refreshData, view.refreshUserIds);
}

async function deliver(later: LaterHandle, messageId: string | undefined, card: CardPayload): Promise<void> {
  if (messageId === undefined) await later.send({ card });
  else await later.update(messageId, { card });
}
