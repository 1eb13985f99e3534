import { AppError } from '../../errors/app-error';
import type { Operation, OperationHandle } from '../model';
import type { PimAlerts } from '../pim-alerts';

export interface OperationPart {
  readonly source: PimAlerts;
  readonly handle: OperationHandle;
}

const MAX_KEPT = 200;

/** Refresh-all handles that stand for one operation per source, kept in memory (newest 200). */
export class MultiOperations {
  private readonly parts = new Map<string, readonly OperationPart[]>();

  add(operationId: string, parts: readonly OperationPart[]): OperationHandle {
    if (parts.every((part) => part.handle.completed === true)) return { operationId, completed: true };
    this.parts.set(operationId, parts);
    if (this.parts.size > MAX_KEPT) this.parts.delete(this.parts.keys().next().value as string);
    return { operationId };
  }

  get(handle: OperationHandle): readonly OperationPart[] | undefined {
    if (!handle.operationId.startsWith('all:')) return undefined;
    const parts = this.parts.get(handle.operationId);
    if (parts) return parts;
    if (handle.completed === true) return [];
    throw new AppError('notFound', { userMessage: 'That refresh is no longer tracked; type "alerts" to see the current state.' });
  }

  /** One status for all parts: failed if any failed, succeeded when all did, else the least advanced. */
  combine(handle: OperationHandle, operations: readonly Operation[]): Operation {
    const statuses = operations.map((operation) => operation.status);
    const status = statuses.includes('failed') ? 'failed'
      : statuses.every((value) => value === 'succeeded') ? 'succeeded'
        : statuses.includes('notStarted') ? 'notStarted' : 'running';
    return {
      id: handle.operationId, status, createdDateTime: operations[0]?.createdDateTime ?? null, lastActionDateTime: operations[0]?.lastActionDateTime ?? null,
      resourceLocation: '', statusDetail: operations.map((operation) => operation.statusDetail).filter(Boolean).join(' | ').slice(0, 500),
    };
  }
}
