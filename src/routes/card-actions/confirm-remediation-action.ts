import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { confirmRemediation } from '../../use-cases/remediate-incident';

type ConfirmData = { alertId: string; incidentId: string; page: number; acknowledged?: true };

/**
 * Confirm on the confirmation card: remediate once, then show the alert as it is now. `acknowledged`
 * is the second Confirm a safeguard asked for (break-glass account, oneself, Global Administrators uncounted).
 */
export const confirmRemediationAction = cardRoute({
  verb: VERBS.confirmRemediation,
  access: 'write',
  parse: (data) => readActionData(data, {
    alertId: { kind: 'alertId' }, incidentId: { kind: 'incidentId' }, page: { kind: 'page' }, acknowledged: { kind: 'true', optional: true },
  }) as ConfirmData,
  handle: (deps, turn, { alertId, incidentId, page, acknowledged }) =>
    confirmRemediation(deps, turn, { alertId, incident: incidentId, page, acknowledged: acknowledged === true }),
});
