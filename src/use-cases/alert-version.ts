import type { Alert } from '../pim/model';

/**
 * What a notification announced about an alert: its incident count and `lastModifiedDateTime`.
 * Carried on the card's buttons as `"<count>@<lastModifiedDateTime>"` so opening it never shows older
 * data than it announced, whichever bot instance answers the click.
 */
export interface AlertVersion {
  readonly incidentCount: number;
  readonly lastModifiedDateTime: string | null;
}

const VERSION = /^(\d{1,9})@([0-9T:.Z+-]{0,40})$/;

export function formatAlertVersion(alert: Pick<Alert, 'incidentCount' | 'lastModifiedDateTime'>): string {
  return `${alert.incidentCount}@${alert.lastModifiedDateTime ?? ''}`;
}

/** The version a button sent, or undefined when the text is not one. */
export function parseAlertVersion(text: unknown): AlertVersion | undefined {
  const match = typeof text === 'string' ? VERSION.exec(text) : null;
  if (!match) return undefined;
  return { incidentCount: Number(match[1]), lastModifiedDateTime: match[2] === '' ? null : match[2]! };
}

/** True when `cached` may be shown for a card that announced `version`: same count, not modified earlier. */
export function satisfiesVersion(cached: Pick<Alert, 'incidentCount' | 'lastModifiedDateTime'>, version: AlertVersion): boolean {
  if (cached.incidentCount !== version.incidentCount) return false;
  if (version.lastModifiedDateTime === null || cached.lastModifiedDateTime === version.lastModifiedDateTime) return true;
  const announced = Date.parse(version.lastModifiedDateTime);
  const seen = Date.parse(cached.lastModifiedDateTime ?? '');
  return Number.isFinite(announced) && Number.isFinite(seen) && seen >= announced;
}
