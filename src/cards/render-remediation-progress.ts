import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText } from './escape-card-text';

/** Where one incident of a bulk remediation is: waiting, done, failed (with why), or skipped (gone or already under way). */
export interface ProgressRow {
  readonly state: 'Waiting' | 'Done' | 'Failed' | 'Skipped';
  /** What it is or what happened, e.g. "removed Jane Doe (jane@…) from Global Administrator". */
  readonly text: string;
}

/** "Remediating 2 of 5…" while a bulk remediation runs; each incident's state, updated in place after each one. */
export function renderRemediationProgress(alertName: string, startedBy: string, rows: readonly ProgressRow[]): CardPayload {
  const finished = rows.filter((row) => row.state !== 'Waiting').length;
  return renderTemplate('remediation-progress', {
    heading: escapeCardText(`Remediating ${finished} of ${rows.length}: ${alertName}`, 400),
    detail: escapeCardText(`Started by ${startedBy}. This card updates after each incident.`, 300),
    rows: rows.map((row) => ({ state: row.state, text: escapeCardText(row.text, 500) })),
  });
}
