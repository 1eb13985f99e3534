import { VERBS } from '../../cards/verbs';
import { askSelectedRemediation } from '../../use-cases/remediate-selected';
import { cardRoute } from '../route';
import { readActionData } from './action-data';
import { SELECTION_SCHEMA, selectionOf } from './selection-data';

type SelectedData = { alertId: string; page: number; incidentIds: string[] };

/** The alert and page, the ids selected on other pages (`picked`) and this page's Select toggles. */
function parseSelection(data: unknown): SelectedData {
  const fields = readActionData(data, { alertId: { kind: 'alertId' }, page: { kind: 'page' }, ...SELECTION_SCHEMA });
  return { alertId: fields.alertId as string, page: fields.page as number, incidentIds: selectionOf(fields) };
}

/** "Remediate selected" under the incident list: never acts, only asks for one confirmation of them all. */
export const remediateSelectedAction = cardRoute({
  verb: VERBS.remediateSelected,
  access: 'write',
  parse: parseSelection,
  handle: (deps, turn, request) => askSelectedRemediation(deps, turn, request),
});
