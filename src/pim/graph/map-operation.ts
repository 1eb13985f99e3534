import type { Operation, OperationStatus } from '../model';
import { readNullableString, readString, type JsonObject } from './json-fields';

const STATUSES: readonly OperationStatus[] = ['notStarted', 'running', 'succeeded', 'failed', 'unknownFutureValue'];

export function mapOperationStatus(value: unknown): OperationStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value)
    ? (value as OperationStatus)
    : 'unknownFutureValue';
}

/** A `longRunningOperation`; an older documented shape wraps it in `value`, which is unwrapped here. */
export function mapOperation(raw: JsonObject, fallbackId: string): Operation {
  const source = typeof raw.value === 'object' && raw.value !== null && !Array.isArray(raw.value)
    ? (raw.value as JsonObject)
    : raw;
  return {
    id: readString(source, 'id', fallbackId),
    status: mapOperationStatus(source.status),
    createdDateTime: readNullableString(source, 'createdDateTime'),
    lastActionDateTime: readNullableString(source, 'lastActionDateTime'),
    resourceLocation: readString(source, 'resourceLocation'),
    statusDetail: readString(source, 'statusDetail'),
  };
}
