import { AppError } from '../../errors/app-error';
import { isGuid } from '../ids';
import { asObject, readNullableString, readString, type JsonObject } from '../graph/json-fields';
import type { Operation, OperationHandle, OperationStatus } from '../model';
import { ARM_ALERTS_API_VERSION, isApiVersion, isArmOperationName } from './arm-paths';

/** Where a refresh is polled: the subscription, the operation's name and the api-version its `Location` carried. */
export interface ArmOperationRef {
  readonly subscriptionId: string;
  readonly operationName: string;
  readonly apiVersion: string;
}

const PREFIX = 'azure:';
const LOCATION = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Authorization\/roleManagementAlertOperations\/([^/]+)$/i;

export function isArmOperationHandle(handle: OperationHandle): boolean {
  return handle.operationId.startsWith(PREFIX);
}

export function armHandle(ref: ArmOperationRef): OperationHandle {
  return { operationId: `${PREFIX}${ref.subscriptionId}:${ref.operationName}:${ref.apiVersion}` };
}

/** The handle's parts, each validated; AppError `invalidId` otherwise. */
export function armOperationRef(handle: OperationHandle): ArmOperationRef {
  const [subscriptionId = '', operationName = '', apiVersion = ''] = handle.operationId.slice(PREFIX.length).split(':');
  if (!handle.operationId.startsWith(PREFIX) || !isGuid(subscriptionId) || !isArmOperationName(operationName) || !isApiVersion(apiVersion)) {
    throw new AppError('invalidId', { userMessage: 'That is not a valid operation id.' });
  }
  return { subscriptionId, operationName, apiVersion };
}

/**
 * The operation a refresh started, from its 202: the `Location` header (`…/roleManagementAlertOperations/{id}?api-version=…`,
 * followed with the api-version it names, which differs in Microsoft's own example), else the body's `id`.
 */
export function armRefreshRef(subscriptionId: string, location: string | null, body: unknown): ArmOperationRef | null {
  if (location) {
    let url: URL;
    try {
      url = new URL(location, 'https://management.invalid');
    } catch {
      return null;
    }
    const match = LOCATION.exec(url.pathname);
    const name = decodeSafely(match?.[2] ?? '');
    const apiVersion = url.searchParams.get('api-version') ?? ARM_ALERTS_API_VERSION;
    if (!match || !isGuid(match[1]) || !isArmOperationName(name) || !isApiVersion(apiVersion)) return null;
    return { subscriptionId: (match[1] ?? '').toLowerCase(), operationName: name, apiVersion };
  }
  const id = readString(asObject(body), 'id');
  return isArmOperationName(id) ? { subscriptionId, operationName: id, apiVersion: ARM_ALERTS_API_VERSION } : null;
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/**
 * The spec types `status` as a free string; the examples show `Running` and `notStarted`. Terminal values are not
 * documented: compared case-insensitively, anything not pending is terminal, and failed unless it reads as success.
 */
export function mapArmOperationStatus(value: unknown): OperationStatus {
  const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (lower === 'notstarted' || lower === 'accepted' || lower === '') return 'notStarted';
  if (lower === 'running' || lower === 'inprogress' || lower === 'in progress') return 'running';
  if (lower === 'succeeded' || lower === 'success' || lower === 'completed' || lower === 'complete') return 'succeeded';
  return 'failed';
}

export function mapArmOperation(raw: JsonObject, handle: OperationHandle): Operation {
  return {
    id: handle.operationId,
    status: mapArmOperationStatus(raw.status),
    createdDateTime: readNullableString(raw, 'createdDateTime'),
    lastActionDateTime: readNullableString(raw, 'lastActionDateTime'),
    resourceLocation: readString(raw, 'resourceLocation'),
    statusDetail: readString(raw, 'statusDetail'),
  };
}
