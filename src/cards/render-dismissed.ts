import type { ActingUser } from '../auth/access';
import type { Alert } from '../pim/model';
import { alertHeadline, type AlertHeadline } from './alert-headline';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText } from './escape-card-text';
import { formatUtc } from './relative-time';

export interface DismissedCardData extends AlertHeadline {
  readonly statusLine: string;
}

/** Who dismissed it and when; `by` undefined means it was already dismissed before this click. */
export interface Dismissal {
  readonly by?: ActingUser;
  readonly at: Date;
}

/** The card that replaces an alert card once the alert is dismissed: no Dismiss button. */
export function renderDismissed(alert: Alert, dismissal: Dismissal, now: Date): CardPayload {
  return renderTemplate('dismissed', dismissedCardData(alert, dismissal, now));
}

export function dismissedCardData(alert: Alert, dismissal: Dismissal, now: Date): DismissedCardData {
  const statusLine = dismissal.by
    ? `Dismissed by ${dismissal.by.name} on ${formatUtc(dismissal.at)}`
    : 'This alert is already dismissed.';
  return { ...alertHeadline(alert, now), statusLine: escapeCardText(statusLine, 300) };
}
