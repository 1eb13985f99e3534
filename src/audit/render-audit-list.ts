import { escapeCardText } from '../cards/escape-card-text';
import { isAzureAlertId } from '../pim/arm/azure-scope';
import type { AuditEntry } from './audit-log';

/** Text from the audit trail, safe for a Teams message: markdown, mentions, templates and HTML inert. */
function safe(text: string | undefined, maxLength: number): string {
  return escapeCardText(text ?? '', maxLength).replace(/</g, '‹');
}

function when(time: string): string {
  const parsed = new Date(time);
  return Number.isNaN(parsed.getTime()) ? safe(time, 40) : `${parsed.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function line(entry: AuditEntry, index: number): string {
  const detail = entry.detail ? ` (${safe(entry.detail, 120)})` : '';
  const what = entry.summary ? `${safe(entry.summary, 300)} [${safe(entry.action, 40)}]` : `${safe(entry.action, 40)} ${safe(entry.target, 200)}`;
  const ranAs = entry.ranAs ? ` (${ranIn(entry.target)} as ${safe(entry.ranAs.upn || entry.ranAs.objectId, 120)})` : '';
  return [
    `${index + 1}. ${when(entry.time)}: **${safe(entry.actor.name, 80) || 'unknown user'}**${ranAs}`,
    `${what}: **${safe(entry.result, 20)}**${detail}`,
    `conversation ${safe(entry.conversationId, 120)}`,
  ].join(' · ');
}

/**
 * Which API saw the signed-in user, so the admin knows whose log shows them: an Azure alert's write (target
 * `Subscription_{id}_{alert}`, or that followed by `/{incident}`) went to Resource Manager, a directory alert's to Graph,
 * a refresh of everything to both.
 */
function ranIn(target: string): string {
  const alertId = target.split('/')[0] ?? '';
  if (isAzureAlertId(alertId)) return 'in Azure Resource Manager';
  return alertId.startsWith('DirectoryRole_') ? 'in Graph' : 'signed in';
}

/**
 * The `audit` answer: a numbered list, newest first, one line per write action. `wholeTrail`: these are
 * all the actions recorded (the heading says "all N" instead of "the last N").
 */
export function renderAuditList(entries: readonly AuditEntry[], { wholeTrail }: { readonly wholeTrail: boolean }): string {
  if (entries.length === 0) return 'No write actions have been recorded yet.';
  const heading =
    wholeTrail
      ? `**Audit trail**: all ${entries.length} recorded write action${entries.length === 1 ? '' : 's'}, newest first:`
      : `**Audit trail**: the last ${entries.length} write actions, newest first:`;
  return [heading, '', ...entries.map(line)].join('\n');
}
