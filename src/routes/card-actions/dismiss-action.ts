import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { dismissAlert } from '../../use-cases/dismiss-alert';

/** Dismiss: the card becomes a dismissed card naming who dismissed it and when. */
export const dismissAction = cardRoute({
  verb: VERBS.dismiss,
  access: 'write',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' } }) as { alertId: string },
  handle: (deps, turn, { alertId }) => dismissAlert(deps, turn, alertId),
});
