import { VERBS } from '../../cards/verbs';
import { cardRoute } from '../route';
import { confirmRemediation } from '../../use-cases/remediate-incident';
import { parseIncidentButton } from './remediate-action';

/** Confirm on the confirmation card: remediate once, then show the alert as it is now. */
export const confirmRemediationAction = cardRoute({
  verb: VERBS.confirmRemediation,
  access: 'write',
  parse: parseIncidentButton,
  handle: (deps, turn, { alertId, incidentId, page }) => confirmRemediation(deps, turn, { alertId, incident: incidentId, page }),
});
