import { AppError } from '../../errors/app-error';
import { isAlertId, isIncidentId } from '../../pim/ids';
import { parseAlertVersion } from '../../use-cases/alert-version';
import { MAX_BULK_REMEDIATION, MAX_CARRIED_SELECTION } from '../../use-cases/card-selection';

/** Largest `data` object a card button may send (most are well under 1 KB; a selection carried across pages, up to `MAX_CARRIED_SELECTION` ids of 128 characters and a page of ticks, stays under 5 KB). */
export const MAX_ACTION_DATA_BYTES = 8192;
/** Highest incident page a button may ask for (5,000 incidents / 10 per page, with room). */
export const MAX_PAGE = 100_000;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type FieldKind = 'alertId' | 'incidentId' | 'incidentIds' | 'pickedIds' | 'pick' | 'page' | 'scopeAll' | 'true' | 'boolean' | 'alertVersion';
/** Most incidents one bulk remediation names (one card page's worth, from any pages). */
export const MAX_SELECTED = MAX_BULK_REMEDIATION;
/** The alert card's Select toggles (`pick0`…): a client that ignores `associatedInputs: none` sends them with every button; they are dropped unless asked for. */
const PICK_INPUT = /^pick\d{1,2}$/;
/** As many Select toggles as `PICK_INPUT` can name. */
const MAX_PICK_INPUTS = 100;
export type Schema = Readonly<Record<string, { readonly kind: FieldKind; readonly optional?: boolean }>>;

const invalid = (message: string): AppError => new AppError('invalidInput', { userMessage: message });
const unexpected = (key: string): AppError => invalid(`This button sent an unexpected field "${key.slice(0, 40)}".`);
const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object';
/** A scalar, or (only where the schema expects incident ids) an array of scalars. */
const isFlat = (value: unknown, kind: FieldKind | undefined): boolean =>
  isScalar(value) || ((kind === 'incidentIds' || kind === 'pickedIds') && Array.isArray(value) && value.every(isScalar));

/**
 * Checks a button's `data` strictly: a flat plain object (every value a string, number, boolean or null,
 * or for `incidentIds`/`pickedIds` an array of those: nothing deeper, so nothing is walked recursively however deep
 * a client nests it) of bounded size, only the schema's keys (unasked Select toggles dropped), each of
 * the right kind (ids through src/pim/ids.ts). Throws AppError `invalidInput` with a readable message.
 */
export function readActionData(data: unknown, schema: Schema): Readonly<Record<string, ActionValue>> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid('This button sent no usable data.');
  const entries = Object.entries(data);
  if (entries.length > Object.keys(schema).length + MAX_PICK_INPUTS) throw invalid('This button sent too many fields.');
  for (const [key, value] of entries) {
    if (FORBIDDEN_KEYS.has(key)) throw unexpected(key);
    if (!isFlat(value, schema[key]?.kind)) throw invalid(`This button sent a nested value in "${key.slice(0, 40)}"; card data is flat.`);
    if (!Object.hasOwn(schema, key) && !PICK_INPUT.test(key)) throw unexpected(key);
  }
  if (JSON.stringify(data).length > MAX_ACTION_DATA_BYTES) throw invalid('This button sent too much data.');
  const result: Record<string, ActionValue> = {};
  for (const [key, field] of Object.entries(schema)) {
    const value: unknown = (data as Record<string, unknown>)[key];
    if (value === undefined && field.optional) continue;
    result[key] = checkField(key, field.kind, value);
  }
  return result;
}

type ActionValue = string | number | boolean | readonly string[];

function checkField(key: string, kind: FieldKind, value: unknown): ActionValue {
  switch (kind) {
    case 'alertId':
      if (!isAlertId(value)) throw invalid('This button names an alert id that is not valid.');
      return value;
    case 'incidentId':
      if (!isIncidentId(value)) throw invalid('This button names an incident id that is not valid.');
      return value;
    case 'incidentIds':
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SELECTED || !value.every(isIncidentId) || new Set(value).size !== value.length) {
        throw invalid(`This button must name 1 to ${MAX_SELECTED} different, valid incident ids.`);
      }
      return value;
    case 'pickedIds':
      if (!Array.isArray(value) || value.length > MAX_CARRIED_SELECTION || !value.every(isIncidentId) || new Set(value).size !== value.length) {
        throw invalid(`This button must carry at most ${MAX_CARRIED_SELECTION} different, valid incident ids.`);
      }
      return value;
    case 'pick':
      if (value !== '' && !isIncidentId(value)) throw invalid('A selected incident id is not valid.');
      return value;
    case 'page':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
        throw invalid(`"${key}" must be a page number from 0 to ${MAX_PAGE}.`);
      }
      return value;
    case 'scopeAll':
      if (value !== 'all') throw invalid(`"${key}" must be "all".`);
      return value;
    case 'true':
      if (value !== true) throw invalid(`"${key}" must be true when present.`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(`"${key}" must be true or false.`);
      return value;
    case 'alertVersion':
      if (parseAlertVersion(value) === undefined) throw invalid(`"${key}" must be an incident count and a time, as the card sent it.`);
      return value as string;
  }
}
