/** One Graph request the simulator answered. */
export interface RequestLogEntry {
  readonly time: string;
  readonly method: string;
  /** Path and query as received. */
  readonly path: string;
  readonly status: number;
  readonly requestId: string;
  readonly clientRequestId?: string;
  /** Who called (`app`, or `user:<upn>` with a delegated token of the dev token issuer); never the token. */
  readonly caller?: string;
}

/** The last `capacity` Graph requests (control API calls are not logged). */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 1000) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries = this.entries.slice(-this.capacity);
  }

  list(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
