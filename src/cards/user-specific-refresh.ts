import type { CardPayload } from './card-payload';
import { VERBS } from './verbs';

/** Teams allows at most 60 user MRIs in a card's `refresh.userIds`. */
export const MAX_REFRESH_USER_IDS = 60;

/** A Teams user MRI (`29:...`); nothing else goes into a card. */
const USER_MRI = /^29:[A-Za-z0-9._-]{1,200}$/;

/**
 * What the card's refresh action names: one alert (and page; a notification adds the `version` it
 * announced, see use-cases/alert-version.ts) or the whole list.
 */
export type RefreshViewData =
  | { readonly alertId: string; readonly page: number; readonly compact?: true; readonly version?: string }
  | { readonly scope: 'all' }
  /** A notification: what it announced (src/notifications/acknowledge-data.ts) and the alert version it saw. */
  | { readonly notification: object; readonly version: string };

/**
 * The card everyone sees, plus a user-specific view for `userIds` (at most 60 user MRIs, others
 * dropped): Teams asks the bot (verb `card.refreshView`) for their own view of it. Without ids the
 * card is returned unchanged. The refresh answer itself never carries a refresh block (no loop).
 */
export function withUserSpecificRefresh(card: CardPayload, data: RefreshViewData, userIds: readonly string[] | undefined): CardPayload {
  const ids = [...new Set((userIds ?? []).filter((id) => USER_MRI.test(id)))].slice(0, MAX_REFRESH_USER_IDS);
  if (ids.length === 0) return card;
  return { ...card, refresh: { action: { type: 'Action.Execute', title: 'Refresh', verb: VERBS.refreshView, data }, userIds: ids } };
}
