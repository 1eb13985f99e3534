import { escapeCardText } from '../cards/escape-card-text';
import { formatUtc } from '../cards/relative-time';
import type { ScopeReadFailure } from '../pim/sources/scope-read-failures';

/**
 * One line per Azure subscription the bot could not read (escaped name): since when, why, that its alerts are the last
 * known, and what to do. `where`: where those alerts are shown ("below" in the list, "in **alerts**" for `watch`).
 */
export function unreadScopeNote(failure: ScopeReadFailure, where: string): string {
  const name = escapeCardText(failure.displayName, 200);
  return `**Azure subscription ${name} not read since ${formatUtc(new Date(failure.since))}** (${unreadScopeReason(failure)}): its alerts ${where} are the last known, ` +
    `and new incidents there are not posted. ${unreadScopeAdvice(failure)}`;
}

/** Why it was not read: the source, the kind of failure and its HTTP status. */
export function unreadScopeReason(failure: Pick<ScopeReadFailure, 'code' | 'status'>): string {
  const status = failure.status === undefined ? '' : `, ${failure.status}`;
  if (failure.code === 'graphForbidden') return `Azure Resource Manager refused the bot's read${status}`;
  if (failure.code === 'graphBusy') return `Azure Resource Manager throttling${status}`;
  if (failure.code === 'graphUnavailable' || failure.code === 'timeout') return `Azure Resource Manager unavailable${status}`;
  return `${failure.code}${status}`;
}

/** What to do about it. */
export function unreadScopeAdvice(failure: Pick<ScopeReadFailure, 'code'>): string {
  if (failure.code === 'graphForbidden') {
    return 'Give the bot\'s identity the **Reader** role on this subscription (Azure portal, the subscription, Access control (IAM)); the next poll reads it again.';
  }
  if (failure.code === 'graphBusy' || failure.code === 'graphUnavailable' || failure.code === 'timeout') return 'Usually a passing Azure outage: every poll reads it again.';
  return 'See the README, "Runbook: watch health".';
}
