import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { cancelRemediation } from '../../use-cases/remediate-incident';

type CancelData = { alertId: string; page: number; picked?: string[] };

/** Cancel on a confirmation card: back to the alert card, nothing changed (a bulk confirmation's incidents still selected). */
export const cancelRemediationAction = cardRoute({
  verb: VERBS.cancelRemediation,
  access: 'read',
  parse: (data) => readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' }, picked: { kind: 'pickedIds', optional: true } }) as CancelData,
  handle: (deps, turn, { alertId, page, picked }) => cancelRemediation(deps, turn, alertId, page, picked),
});
