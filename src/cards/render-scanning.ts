import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';

/** The card shown at once when a scan starts; replaced when the scan finishes. */
export function renderScanning(target: string, startedBy: string): CardPayload {
  return renderTemplate('scanning', {
    title: escapeCardText(`Scanning ${target}…`, 300),
    detail: escapeCardText(`Started by ${startedBy}. This card updates when the scan finishes.`, 400),
  });
}

/** The card a failed scan leaves behind, with a Try again button when the user may retry. */
export function renderRefreshFailed(target: string, message: string, retry: { alertId?: string } | null): CardPayload {
  const data = retry === null ? null : retry.alertId === undefined ? { scope: 'all' } : { alertId: escapePlainCardText(retry.alertId, 300) };
  return renderTemplate('refresh-failed', {
    title: escapeCardText(`Scanning ${target} failed`, 300),
    message: escapeCardText(message, 1000),
    retry: data === null ? [] : [{ target: data, submitTarget: { verb: 'alert.refresh', ...data } }],
  });
}
