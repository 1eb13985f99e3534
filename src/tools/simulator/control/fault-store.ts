import { randomUUID } from 'node:crypto';

export const FAULT_KINDS = ['throttle', 'unavailable', 'slow', 'failOperation', 'status'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** An injected fault: which requests it hits, how many times, and what it does. */
export interface Fault {
  readonly id: string;
  readonly kind: FaultKind;
  readonly method?: string;
  /** Substring of the request path (and query) the fault applies to. */
  readonly path?: string;
  remaining: number;
  readonly retryAfterSeconds: number;
  readonly delayMs: number;
  readonly status: number;
}

/** Armed faults, consumed first-in first-out as matching requests arrive. */
export class FaultStore {
  private faults: Fault[] = [];

  add(fault: Omit<Fault, 'id'>): Fault {
    const created = { ...fault, id: randomUUID() };
    this.faults.push(created);
    return created;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }

  /** Takes one use of the first request-level fault (all kinds but failOperation) matching the request. */
  takeRequestFault(method: string, url: string): Fault | undefined {
    return this.take((fault) => fault.kind !== 'failOperation' && matches(fault, method, url));
  }

  /** True (and one use consumed) when a failOperation fault matches this refresh request. */
  takeOperationFailure(method: string, url: string): boolean {
    return this.take((fault) => fault.kind === 'failOperation' && matches(fault, method, url)) !== undefined;
  }

  private take(predicate: (fault: Fault) => boolean): Fault | undefined {
    const fault = this.faults.find(predicate);
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}

function matches(fault: Fault, method: string, url: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
  return fault.path === undefined || url.toLowerCase().includes(fault.path.toLowerCase());
}
