import type { AuditVerdict } from './audit-log';

/** The verification answer: intact (how many entries, from which anchor), or the first broken link. */
export function describeVerdict(verdict: AuditVerdict): string {
  const range = verdict.anchorSeq > 0 ? ` (entries ${verdict.anchorSeq + 1}–${verdict.headSeq}; older ones were removed by retention)` : '';
  if (!verdict.broken) return `**Audit trail intact**: ${verdict.checked} entries verified${range}.`;
  return `**Audit trail broken** at entry ${verdict.broken.seq}: ${verdict.broken.reason}. ${verdict.checked} entries before it verified${range}. ` +
    'Compare with the exported copy (npm run audit:export) and investigate who has write access to the bot\'s storage.';
}
