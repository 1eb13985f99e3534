import { renderAlertCard } from '../../cards/render-alert-card';
import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { readAlert, triageMarks, viewOptions } from '../../use-cases/use-case-deps';
import { cardResult } from '../../use-cases/use-case-result';

/** Previous/Next: the same alert card on another incident page. */
export const pageAction = cardRoute({
  verb: VERBS.page,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' } }) as { alertId: string; page: number },
  async handle(deps, turn, { alertId, page }) {
    const alert = await readAlert(deps, alertId);
    return cardResult(renderAlertCard(alert, { ...(await viewOptions(deps, turn.user)), now: new Date(deps.now()), page, triage: await triageMarks(deps, turn, alert, page) }));
  },
});
