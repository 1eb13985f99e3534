import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { askRemediation } from '../../use-cases/remediate-incident';

export type IncidentButtonData = { alertId: string; incidentId: string; page: number };

export const parseIncidentButton = (data: unknown): IncidentButtonData =>
  readActionData(data, { alertId: { kind: 'alertId' }, incidentId: { kind: 'incidentId' }, page: { kind: 'page' } }) as IncidentButtonData;

/** Remediate on an incident: never acts, only asks for confirmation. */
export const remediateAction = cardRoute({
  verb: VERBS.remediate,
  access: 'write',
  parse: parseIncidentButton,
  handle: (deps, turn, { alertId, incidentId, page }) => askRemediation(deps, turn, { alertId, incident: incidentId, page }),
});
