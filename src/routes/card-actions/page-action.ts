import { renderAlertCard } from '../../cards/render-alert-card';
import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { readAlert, triageMarks, viewOptions } from '../../use-cases/use-case-deps';
import { cardResult } from '../../use-cases/use-case-result';

/** Previous/Next: the same alert card on another incident page (an incidents-only card stays incidents only). */
export const pageAction = cardRoute({
  verb: VERBS.page,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' }, compact: { kind: 'boolean', optional: true } }) as { alertId: string; page: number; compact?: boolean },
  async handle(deps, turn, { alertId, page, compact }) {
    const alert = await readAlert(deps, alertId);
    const view = { ...(await viewOptions(deps, turn.user)), now: new Date(deps.now()), page, ...(compact ? { compact } : {}) };
    return cardResult(renderAlertCard(alert, { ...view, triage: await triageMarks(deps, turn, alert, page) }));
  },
});
