import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import type { Operation, OperationHandle } from '../model';

const PREFIX = 'all:';

/**
 * A refresh-all handle that stands for one operation per source. It carries its parts rather than keeping them in the
 * instance that started it: a delegated refresh starts as the user and is waited for as the app (another instance).
 */
export function multiOperationHandle(parts: readonly OperationHandle[]): OperationHandle {
  const operationId = `${PREFIX}${randomUUID()}`;
  return parts.every((part) => part.completed === true) ? { operationId, completed: true } : { operationId, parts };
}

/** The parts of a refresh-all handle ([] when it completed at once); undefined for one source's own handle. */
export function operationParts(handle: OperationHandle): readonly OperationHandle[] | undefined {
  if (!handle.operationId.startsWith(PREFIX)) return undefined;
  if (handle.parts) return handle.parts;
  if (handle.completed === true) return [];
  throw new AppError('notFound', { userMessage: 'That refresh is no longer tracked; type "alerts" to see the current state.' });
}

/** One status for all parts: failed if any failed, succeeded when all did, else the least advanced. */
export function combineOperations(handle: OperationHandle, operations: readonly Operation[]): Operation {
  const statuses = operations.map((operation) => operation.status);
  const status = statuses.includes('failed') ? 'failed'
    : statuses.every((value) => value === 'succeeded') ? 'succeeded'
      : statuses.includes('notStarted') ? 'notStarted' : 'running';
  return {
    id: handle.operationId, status, createdDateTime: operations[0]?.createdDateTime ?? null, lastActionDateTime: operations[0]?.lastActionDateTime ?? null,
    resourceLocation: '', statusDetail: operations.map((operation) => operation.statusDetail).filter(Boolean).join(' | ').slice(0, 500),
  };
}
