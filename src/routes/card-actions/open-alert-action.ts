import { renderAlertCard } from '../../cards/render-alert-card';
import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { parseAlertVersion } from '../../use-cases/alert-version';
import { readAlert, triageMarks, viewOptions } from '../../use-cases/use-case-deps';
import { cardResult } from '../../use-cases/use-case-result';

/**
 * A row of the alert list (or a notification's Open alert) was selected: show that alert's card in
 * its place. A notification sends the `version` it announced, so the card is never older than that.
 */
export const openAlertAction = cardRoute({
  verb: VERBS.openAlert,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' }, version: { kind: 'alertVersion', optional: true } }) as { alertId: string; version?: string },
  async handle(deps, turn, { alertId, version }) {
    const alert = await readAlert(deps, alertId, parseAlertVersion(version));
    return cardResult(renderAlertCard(alert, { ...(await viewOptions(deps, turn.user)), now: new Date(deps.now()), triage: await triageMarks(deps, turn, alert) }));
  },
});
