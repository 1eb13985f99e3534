import type { OperationRecord, OperationStatus } from './records';

/** Share of the duration an operation spends `notStarted` before it is `running`. */
const NOT_STARTED_SHARE = 0.2;
/** Operations kept (oldest dropped first) so the store stays bounded. */
const MAX_OPERATIONS = 500;

export interface OperationView {
  readonly status: OperationStatus;
  /** When the status last changed (ms). */
  readonly lastActionAt: number;
}

/** Refresh operations; their status is a function of the clock, evaluated when read. */
export class OperationStore {
  private readonly operations = new Map<string, OperationRecord>();

  clear(): void {
    this.operations.clear();
  }

  /** Adds (or, for the same `refresh:{alertId}` id, replaces) an operation. */
  add(operation: OperationRecord): void {
    this.operations.delete(operation.id);
    this.operations.set(operation.id, operation);
    if (this.operations.size > MAX_OPERATIONS) {
      const oldest = this.operations.keys().next().value;
      if (oldest !== undefined) this.operations.delete(oldest);
    }
  }

  get(id: string): OperationRecord | undefined {
    return this.operations.get(id);
  }

  /** Operations that have finished successfully but whose effects were not applied yet. */
  dueForApply(now: number): OperationRecord[] {
    return [...this.operations.values()].filter((op) => !op.applied && !op.fails && now >= op.createdAt + op.durationMs);
  }
}

export function operationView(operation: OperationRecord, now: number): OperationView {
  const elapsed = now - operation.createdAt;
  const startAt = operation.createdAt + Math.floor(operation.durationMs * NOT_STARTED_SHARE);
  if (elapsed >= operation.durationMs) {
    return { status: operation.fails ? 'failed' : 'succeeded', lastActionAt: operation.createdAt + operation.durationMs };
  }
  if (now < startAt) return { status: 'notStarted', lastActionAt: operation.createdAt };
  return { status: 'running', lastActionAt: startAt };
}
