import type { CardPayload } from '../cards/card-payload';
import { alertDisplayName } from '../cards/alert-headline';
import { remediationDone, remediationQuestion, remediationTarget } from '../cards/remediation-effect';
import { renderAlertCard } from '../cards/render-alert-card';
import { renderConfirmBulkRemediation } from '../cards/render-confirm-bulk-remediation';
import { renderRemediationProgress, type ProgressRow } from '../cards/render-remediation-progress';
import { toAppError } from '../errors/app-error';
import type { AlertIncident, AlertWithIncidents } from '../pim/model';
import { withoutIncidents } from './alert-after-write';
import { checkSelection, MAX_BULK_REMEDIATION } from './card-selection';
import { audited } from './audited-write';
import type { Writer } from '../delegation/write-credentials';
import { alertRefusal, currentState, GONE } from './remediate-incident';
import { needsSecondConfirmation, refusalOf, remediationSafeguards } from './remediation-safeguards';
import type { LaterHandle, Turn } from './turn';
import { messageViewOptions, readAlert, triageMarks, type UseCaseDeps } from './use-case-deps';
import { ALREADY_IN_PROGRESS, cardResult, type UseCaseResult } from './use-case-result';

export interface SelectedRemediation {
  readonly alertId: string;
  readonly page: number;
  /** The incidents ticked on the card (possibly none). */
  readonly incidentIds: readonly string[];
  /** The second Confirm a safeguard asked for. */
  readonly acknowledged?: boolean;
}

const NOTHING_SELECTED = 'Select one or more incidents (their Select boxes), then Remediate selected.';

/** "Remediate selected": one confirmation listing each person and role, with the safeguards' warnings. */
export async function askSelectedRemediation(deps: UseCaseDeps, turn: Turn, request: SelectedRemediation): Promise<UseCaseResult> {
  const alert = await readAlert(deps, request.alertId);
  // The ids come from card data (carried across pages, or ticked): only the alert's incidents now are kept.
  const selection = checkSelection(alert, request.incidentIds);
  const chosen = alert.incidents.filter((incident) => selection.ids.includes(incident.id));
  const refusal = alertRefusal(alert)
    ?? (request.incidentIds.length === 0 ? NOTHING_SELECTED : chosen.length === 0 ? selection.notice ?? GONE : tooMany(chosen.length, selection.notice));
  if (refusal) return currentState(deps, turn, alert, request.page, refusal, selection.ids);
  const safeguards = await remediationSafeguards(deps, turn, alert, chosen);
  const step = refusalOf(safeguards) ? 'refused' : 'first';
  const warnings = [...(selection.notice ? [selection.notice] : []), ...safeguards.map((item) => item.text)];
  return cardResult(renderConfirmBulkRemediation(alert, chosen, { page: request.page, requestedBy: turn.user.name, step, warnings }));
}

/** More than one bulk remediation takes (as `remediate <alert> <name>, …` refuses more than it takes): nothing is asked, the selection stays. */
function tooMany(count: number, notice: string | undefined): string | undefined {
  if (count <= MAX_BULK_REMEDIATION) return undefined;
  const line = `${count} incidents are selected; Remediate selected acts on at most ${MAX_BULK_REMEDIATION} at once. Untick ${count - MAX_BULK_REMEDIATION}, then press Remediate selected again.`;
  return notice ? `${line} ${notice}` : line;
}

/**
 * Confirm: re-reads Graph, applies the safeguards to the whole selection, then answers with a progress
 * card at once and remediates one incident at a time in the background (each locked like a single
 * Remediate, each audited), updating the card after each and ending with the alert card that names
 * what was done and what failed. A second click while it runs changes nothing.
 */
export async function confirmSelectedRemediation(deps: UseCaseDeps, turn: Turn, request: SelectedRemediation): Promise<UseCaseResult> {
  const release = deps.locks.tryAcquire(`remediate-selected:${request.alertId}`);
  if (!release) return ALREADY_IN_PROGRESS;
  let started = false;
  try {
    const alert = deps.alertCache.set(await deps.pim.getAlert(request.alertId));
    const chosen = alert.incidents.filter((incident) => request.incidentIds.includes(incident.id));
    const refusal = alertRefusal(alert) ?? (chosen.length === 0 ? GONE : undefined);
    if (refusal) return await currentState(deps, turn, alert, request.page, refusal);
    const safeguards = await remediationSafeguards(deps, turn, alert, chosen);
    const options = { page: request.page, requestedBy: turn.user.name, warnings: safeguards.map((item) => item.text) };
    if (refusalOf(safeguards)) return cardResult(renderConfirmBulkRemediation(alert, chosen, { ...options, step: 'refused' }));
    if (needsSecondConfirmation(safeguards) && !request.acknowledged) return cardResult(renderConfirmBulkRemediation(alert, chosen, { ...options, step: 'second' }));
    // The writer is taken during the click, so a missing sign-in is asked for now, not lost in the background.
    const writer = await deps.writes.forWrite(turn, request.alertId);
    const rows = initialRows(alert, chosen, request.incidentIds);
    const later = turn.later();
    started = true;
    deps.background.run('remediate-selected', turn.correlationId, async () => {
      try {
        await remediateEach(deps, turn, writer, later, alert, chosen, rows, request.page);
      } finally {
        release();
      }
    });
    return cardResult(progressCard(alert, turn, rows));
  } finally {
    if (!started) release();
  }
}

function initialRows(alert: AlertWithIncidents, chosen: readonly AlertIncident[], asked: readonly string[]): ProgressRow[] {
  const gone = asked.filter((id) => !chosen.some((incident) => incident.id === id));
  return [
    ...chosen.map((incident): ProgressRow => ({ state: 'Waiting', text: remediationQuestion(remediationTarget(alert, incident)).replace(/\?$/, '') })),
    ...gone.map((id): ProgressRow => ({ state: 'Skipped', text: `incident ${id}: no longer exists (already remediated, or gone after a scan)` })),
  ];
}

const progressCard = (alert: AlertWithIncidents, turn: Turn, rows: readonly ProgressRow[]): CardPayload =>
  renderRemediationProgress(alertDisplayName(alert), turn.user.name, rows);

async function remediateEach(
  deps: UseCaseDeps, turn: Turn, writer: Writer, later: LaterHandle, alert: AlertWithIncidents, chosen: readonly AlertIncident[], rows: ProgressRow[],
  page: number,
): Promise<void> {
  const done: string[] = [];
  for (const [index, incident] of chosen.entries()) {
    const row = await remediateOne(deps, turn, writer, alert, incident);
    rows[index] = row;
    if (row.state === 'Done') done.push(incident.id);
    if (index < chosen.length - 1 && turn.sourceMessageId !== undefined) await later.update(turn.sourceMessageId, { card: progressCard(alert, turn, rows) });
  }
  const remaining = deps.alertCache.set(withoutIncidents(alert, done));
  const card = await finalCard(deps, turn, remaining, page, rows);
  if (turn.sourceMessageId === undefined) await later.send({ card });
  else await later.update(turn.sourceMessageId, { card });
}

async function remediateOne(deps: UseCaseDeps, turn: Turn, writer: Writer, alert: AlertWithIncidents, incident: AlertIncident): Promise<ProgressRow> {
  const target = remediationTarget(alert, incident);
  const release = deps.locks.tryAcquire(`remediate:${alert.id}/${incident.id}`);
  if (!release) return { state: 'Skipped', text: `${remediationQuestion(target).replace(/\?$/, '')}: already being remediated by another click` };
  try {
    const what = { action: 'remediate', target: `${alert.id}/${incident.id}`, summary: `Remediated: ${remediationDone(target)}` };
    await audited(deps, turn, what, () => writer.pim.remediateIncident(alert.id, incident.id), writer.ranAs);
    return { state: 'Done', text: remediationDone(target) };
  } catch (error) {
    return { state: 'Failed', text: `${remediationQuestion(target).replace(/\?$/, '')}: ${toAppError(error).message}` };
  } finally {
    release();
  }
}

/** The alert as it is now, with one line for what was done and one per failure or skip, naming each. */
async function finalCard(deps: UseCaseDeps, turn: Turn, alert: AlertWithIncidents, page: number, rows: readonly ProgressRow[]): Promise<CardPayload> {
  const done = rows.filter((row) => row.state === 'Done').map((row) => row.text);
  const lines = [
    `Remediated ${done.length} of ${rows.length} by ${turn.user.name}${done.length > 0 ? `: ${done.join('; ')}` : ''}.`,
    ...rows.filter((row) => row.state === 'Failed' || row.state === 'Skipped').map((row) => `${row.state === 'Failed' ? 'Failed' : 'Skipped'}: ${row.text}`),
  ];
  const view = await messageViewOptions(deps, turn);
  return renderAlertCard(alert, { ...view, now: new Date(deps.now()), page, notice: lines.join('\n\n'), triage: await triageMarks(deps, turn, alert, page) });
}
