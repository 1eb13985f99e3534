import { renderAlertCard } from '../cards/render-alert-card';
import { VERBS } from '../cards/verbs';
import { readActionData } from './action-data';
import { defineAction } from './card-action';
import { readAlert, viewOptions } from '../use-cases/use-case-deps';
import { cardResult } from '../use-cases/use-case-result';

/** A row of the alert list was selected: show that alert's card in place of the list. */
export const openAlertAction = defineAction({
  verb: VERBS.openAlert,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' } }) as { alertId: string },
  async handle(deps, turn, { alertId }) {
    const alert = await readAlert(deps, alertId);
    return cardResult(renderAlertCard(alert, { ...(await viewOptions(deps, turn.user)), now: deps.now() }));
  },
});
