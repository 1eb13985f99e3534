import { VERBS } from '../../cards/verbs';
import { confirmSelectedRemediation } from '../../use-cases/remediate-selected';
import { cardRoute } from '../route';
import { readActionData } from './action-data';

type ConfirmSelectedData = { alertId: string; page: number; incidentIds: string[]; acknowledged: boolean };

/** Confirm on the bulk confirmation: one Graph remediate per incident, with progress on the card. */
export const confirmRemediateSelectedAction = cardRoute({
  verb: VERBS.confirmRemediateSelected,
  access: 'write',
  parse: (data) => readActionData(data, {
    alertId: { kind: 'alertId' }, page: { kind: 'page' }, incidentIds: { kind: 'incidentIds' }, acknowledged: { kind: 'boolean' },
  }) as ConfirmSelectedData,
  handle: (deps, turn, request) => confirmSelectedRemediation(deps, turn, request),
});
