import { AppError } from '../errors/app-error';
import { isAlertId, isIncidentId } from '../pim/ids';
import type { AlertWithIncidents } from '../pim/model';
import type { IncidentRise } from './incident-rise';

/** Most incident ids an "I'm on it" button carries (the ones the card lists). */
const MAX_IDS = 10;
const MAX_COUNT = 1_000_000;

/** What the "I'm on it" button sends: enough to draw the same notification again, with its owner. */
export interface AcknowledgeData {
  readonly alertId: string;
  readonly fromCount: number;
  readonly toCount: number;
  readonly becameActive: boolean;
  readonly newCount: number;
  readonly incidentIds: readonly string[];
}

export function acknowledgeData(rise: IncidentRise): AcknowledgeData {
  return {
    alertId: rise.alert.id,
    fromCount: rise.fromCount,
    toCount: rise.toCount,
    becameActive: rise.becameActive,
    newCount: rise.newIncidents.length,
    incidentIds: rise.newIncidents.slice(0, MAX_IDS).map((incident) => incident.id),
  };
}

const KEYS = ['alertId', 'fromCount', 'toCount', 'becameActive', 'newCount', 'incidentIds'];
const invalid = (): AppError => new AppError('invalidInput', { userMessage: 'This button sent no usable notification data.' });
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;

/** Strict reader of the button's data: exactly these keys, ids of PIM's forms, bounded counts. */
export function parseAcknowledgeData(data: unknown): AcknowledgeData {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalid();
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== KEYS.length || !keys.every((key) => KEYS.includes(key))) throw invalid();
  const { alertId, fromCount, toCount, becameActive, newCount, incidentIds } = record;
  if (!isAlertId(alertId) || !isCount(fromCount) || !isCount(toCount) || !isCount(newCount) || typeof becameActive !== 'boolean') throw invalid();
  if (!Array.isArray(incidentIds) || incidentIds.length > MAX_IDS || !incidentIds.every(isIncidentId)) throw invalid();
  return { alertId, fromCount, toCount, becameActive, newCount, incidentIds };
}

/** The rise the notification showed, rebuilt from the button and the alert as it is now (incidents gone since are not listed). */
export function riseFromAcknowledge(data: AcknowledgeData, alert: AlertWithIncidents): IncidentRise {
  const wanted = new Set(data.incidentIds);
  return {
    alert, fromCount: data.fromCount, toCount: data.toCount, becameActive: data.becameActive,
    newIncidents: alert.incidents.filter((incident) => wanted.has(incident.id)),
  };
}
