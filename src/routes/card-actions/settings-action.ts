import { VERBS } from '../../cards/verbs';
import { showSettings } from '../../use-cases/alert-settings';
import { cardRoute } from '../route';
import { readActionData } from './action-data';

/** Settings on the alert card: the alert's settings form. */
export const settingsAction = cardRoute({
  verb: VERBS.settings,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' } }) as { alertId: string },
  handle: (deps, turn, { alertId }) => showSettings(deps, turn, alertId),
});
