import type { Turn } from './turn';
import { alertDisplayName } from '../cards/alert-headline';
import { renderDismissed } from '../cards/render-dismissed';
import { auditedWrite } from './audited-write';
import { currentAlert, type UseCaseDeps } from './use-case-deps';
import { ALREADY_IN_PROGRESS, cardResult, type UseCaseResult } from './use-case-result';

/**
 * Dismisses an alert once: re-reads it first (an already dismissed alert just shows its state), holds
 * a lock so a double click cannot dismiss twice, audits the write, and returns the dismissed card.
 */
export async function dismissAlert(deps: UseCaseDeps, turn: Turn, alertId: string): Promise<UseCaseResult> {
  const release = deps.locks.tryAcquire(`dismiss:${alertId}`);
  if (!release) return ALREADY_IN_PROGRESS;
  try {
    const alert = await currentAlert(deps, alertId);
    if (!alert.isActive) return cardResult(renderDismissed(alert, { at: new Date(deps.now()) }, new Date(deps.now())));
    const summary = `Dismissed '${alertDisplayName(alert)}' (alert id ${alertId})`;
    await auditedWrite(deps, turn, { action: 'dismiss', target: alertId, summary }, alertId, (pim) => pim.dismissAlert(alertId));
    deps.alertCache.forget(alertId);
    const now = new Date(deps.now());
    return cardResult(renderDismissed({ ...alert, isActive: false }, { by: turn.user, at: now }, now));
  } finally {
    release();
  }
}
