import { pickInputId } from '../../cards/incident-page';
import { VERBS } from '../../cards/verbs';
import { askSelectedRemediation } from '../../use-cases/remediate-selected';
import { cardRoute } from '../route';
import { MAX_SELECTED, readActionData, type Schema } from './action-data';

/** The alert and page, and the card's Select toggles (`pick0`…: an incident id when ticked, '' when not). */
const SCHEMA: Schema = {
  alertId: { kind: 'alertId' },
  page: { kind: 'page' },
  ...Object.fromEntries(Array.from({ length: MAX_SELECTED }, (_, index) => [pickInputId(index), { kind: 'pick', optional: true }])),
};

type SelectedData = { alertId: string; page: number; incidentIds: string[] };

function parseSelection(data: unknown): SelectedData {
  const fields = readActionData(data, SCHEMA);
  const picked = Object.entries(fields).filter(([key, value]) => key.startsWith('pick') && typeof value === 'string' && value !== '').map(([, value]) => value as string);
  return { alertId: fields.alertId as string, page: fields.page as number, incidentIds: [...new Set(picked)] };
}

/** "Remediate selected" under the incident list: never acts, only asks for one confirmation of them all. */
export const remediateSelectedAction = cardRoute({
  verb: VERBS.remediateSelected,
  access: 'write',
  parse: parseSelection,
  handle: (deps, turn, request) => askSelectedRemediation(deps, turn, request),
});
