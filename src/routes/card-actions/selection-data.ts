import { pickInputId } from '../../cards/incident-page';
import { MAX_SELECTED, type Schema } from './action-data';

/**
 * The fields that carry an alert card's selection: `picked` (the ids selected on other pages, carried in the
 * button's data) and the page's Select toggles (`pick0`…: an incident id when ticked, '' when not).
 */
export const SELECTION_SCHEMA: Schema = {
  picked: { kind: 'pickedIds', optional: true },
  ...Object.fromEntries(Array.from({ length: MAX_SELECTED }, (_, index) => [pickInputId(index), { kind: 'pick', optional: true }])),
};

/**
 * The selection a button sent, from fields `readActionData` checked against `SELECTION_SCHEMA`: the carried
 * ids, then this page's ticks, each once. Still forged input: the use case keeps only the alert's incidents.
 */
export function selectionOf(fields: Readonly<Record<string, unknown>>): string[] {
  const carried = Array.isArray(fields.picked) ? fields.picked.filter((value): value is string => typeof value === 'string') : [];
  const ticked = Array.from({ length: MAX_SELECTED }, (_, index) => fields[pickInputId(index)])
    .filter((value): value is string => typeof value === 'string' && value !== '');
  return [...new Set([...carried, ...ticked])];
}
