import { renderAlertCard } from '../../cards/render-alert-card';
import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { checkSelection } from '../../use-cases/card-selection';
import { readAlert, triageMarks, viewOptions } from '../../use-cases/use-case-deps';
import { cardResult } from '../../use-cases/use-case-result';
import { SELECTION_SCHEMA, selectionOf } from './selection-data';

type PageData = { alertId: string; page: number; compact?: boolean; selected: string[] };

function parsePage(data: unknown): PageData {
  const fields = readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' }, compact: { kind: 'boolean', optional: true }, ...SELECTION_SCHEMA });
  return { alertId: fields.alertId as string, page: fields.page as number, ...(fields.compact === true ? { compact: true } : {}), selected: selectionOf(fields) };
}

/**
 * Previous/Next: the same alert card on another incident page (an incidents-only card stays incidents only),
 * keeping the selection: the ids carried from other pages and the ticks of the page left, checked against
 * the alert's incidents now (unknown ids dropped and said).
 */
export const pageAction = cardRoute({
  verb: VERBS.page,
  access: 'read',
  parse: parsePage,
  async handle(deps, turn, { alertId, page, compact, selected }) {
    const alert = await readAlert(deps, alertId);
    const selection = checkSelection(alert, selected);
    const view = { ...(await viewOptions(deps, turn.user)), now: new Date(deps.now()), page, ...(compact ? { compact } : {}) };
    return cardResult(renderAlertCard(alert, {
      ...view, selected: selection.ids, ...(selection.notice ? { notice: selection.notice } : {}), triage: await triageMarks(deps, turn, alert, page),
    }));
  },
});
