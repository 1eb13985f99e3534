import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { cancelRemediation } from '../../use-cases/remediate-incident';

/** Cancel on the confirmation card: back to the alert card, nothing changed. */
export const cancelRemediationAction = cardRoute({
  verb: VERBS.cancelRemediation,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' } }) as { alertId: string; page: number },
  handle: (deps, turn, { alertId, page }) => cancelRemediation(deps, turn, alertId, page),
});
