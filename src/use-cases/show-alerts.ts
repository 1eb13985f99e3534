import { renderAlertCard } from '../cards/render-alert-card';
import { renderAlertList } from '../cards/render-alert-list';
import type { Turn } from './turn';
import { messageViewOptions, triageMarks, type UseCaseDeps } from './use-case-deps';
import { cardResult, type UseCaseResult } from './use-case-result';
import { notWatchingNote, unreadScopeNotes } from '../watch-health/watch-status';

/** Every alert as one card, as this conversation may see it. */
export async function showAlertList(deps: UseCaseDeps, turn: Turn): Promise<UseCaseResult> {
  const alerts = await deps.pim.listAlerts();
  const view = await messageViewOptions(deps, turn);
  return cardResult(renderAlertList(alerts, { ...view, now: new Date(deps.now()), ...notWatching(deps) }));
}

/**
 * The watch health notes for lists (no read): when the watcher cannot watch (the last health check's findings), and one
 * per Azure subscription not read (call after the list's read, which records or clears them).
 */
export function notWatching(deps: Pick<UseCaseDeps, 'watchHealth'>): { readonly notWatching?: string; readonly unreadScopes: readonly string[] } {
  const status = deps.watchHealth.status();
  const note = notWatchingNote(status);
  return { ...(note === undefined ? {} : { notWatching: note }), unreadScopes: unreadScopeNotes(status) };
}

/**
 * One alert read with its incidents (priming the cache for paging), as a card this conversation may
 * see; `compact` leaves out the long texts.
 */
export async function showAlert(deps: UseCaseDeps, turn: Turn, alertId: string, compact = false): Promise<UseCaseResult> {
  const alert = deps.alertCache.set(await deps.pim.getAlert(alertId));
  const view = await messageViewOptions(deps, turn);
  return cardResult(renderAlertCard(alert, { ...view, now: new Date(deps.now()), triage: await triageMarks(deps, turn, alert), ...(compact ? { compact } : {}) }));
}
