import { AppError } from '../errors/app-error';

/** A GUID (8-4-4-4-12 hex digits, either case): the one pattern every GUID check in the app is built from. */
const GUID_TEXT = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A value that is exactly one GUID (Entra object, tenant and app ids). */
export const GUID = new RegExp(`^${GUID_TEXT}$`);
/**
 * `DirectoryRole_{tenant GUID}_{AlertKey}` (Graph: alert, definition and configuration ids share it) or
 * `Subscription_{subscription GUID}_{AlertKey}` (an Azure resource alert: the bot's own id for the Resource
 * Manager alert `{AlertKey}` at scope `subscriptions/{GUID}`). The prefix tells the two sources apart.
 */
const ALERT_ID = new RegExp(`^(DirectoryRole|Subscription)_${GUID_TEXT}_[A-Za-z][A-Za-z0-9]{2,80}$`);
/** Incident ids are object ids or assignment ids in every sample; allow the characters those use. */
const INCIDENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** `refresh:{alertId}` (docs) or a GUID-like id (docs); nothing else reaches the operations URL. */
const OPERATION_ID = /^(refresh:[A-Za-z0-9_-]{1,160}|[0-9a-zA-Z]{8}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{12})$/;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

export function isAlertId(value: unknown): value is string {
  return typeof value === 'string' && ALERT_ID.test(value);
}

export function isIncidentId(value: unknown): value is string {
  return typeof value === 'string' && INCIDENT_ID.test(value);
}

export function isOperationId(value: unknown): value is string {
  return typeof value === 'string' && OPERATION_ID.test(value);
}

/** The alert id, ready for a URL path; throws AppError `invalidId` otherwise. */
export function alertIdSegment(value: unknown): string {
  if (!isAlertId(value)) throw new AppError('invalidId', { userMessage: 'That is not a valid PIM alert id.' });
  return encodeURIComponent(value);
}

export function incidentIdSegment(value: unknown): string {
  if (!isIncidentId(value)) throw new AppError('invalidId', { userMessage: 'That is not a valid incident id.' });
  return encodeURIComponent(value);
}

export function operationIdSegment(value: unknown): string {
  if (!isOperationId(value)) throw new AppError('invalidId', { userMessage: 'That is not a valid operation id.' });
  return encodeURIComponent(value);
}
