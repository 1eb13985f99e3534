/**
 * Telemetry as the app speaks it: spans around turns, Graph calls and sends, counters and histograms.
 * Attributes carry ids, names of operations, statuses and codes only: never user text, tokens or secrets.
 */
export type TelemetryAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Every metric the app records (README "Telemetry" lists them with their units). */
export const METRICS = {
  /** Histogram, ms: one watcher poll, by `outcome` (ok, baseline, failed) and `code` on failure. */
  pollDuration: 'pim.watcher.poll.duration',
  /** Histogram, s: from Graph's change of the alert (`lastModifiedDateTime`) to the notification posted. */
  notifyDelay: 'pim.notification.delay',
  /** Counter: proactive sends by `outcome` (delivered, failed) and final `status`. */
  sends: 'pim.sends',
  /** Counter: 429 answers, by `source` (graph, teams). */
  throttled: 'pim.throttled',
  /** Counter: this instance gained (`leading` true) or lost the lead. */
  leaderChanges: 'pim.leader.changes',
  /** Counter: audit entries that could not be written. */
  auditWriteFailures: 'pim.audit.write_failures',
} as const;

export type MetricName = (typeof METRICS)[keyof typeof METRICS];

export interface Telemetry {
  /** Runs `work` in a span; a throw marks the span failed (with the error's code, not its message) and is rethrown. */
  span<T>(name: string, attributes: TelemetryAttributes, work: () => Promise<T>): Promise<T>;
  count(metric: MetricName, attributes?: TelemetryAttributes, value?: number): void;
  record(metric: MetricName, value: number, attributes?: TelemetryAttributes): void;
}

/** Off (the default): nothing recorded, nothing sent. */
export const noTelemetry: Telemetry = {
  span: (_name, _attributes, work) => work(),
  count: () => undefined,
  record: () => undefined,
};

let current: Telemetry = noTelemetry;

/**
 * The process's telemetry, set once by the composition root (like OpenTelemetry's own global providers),
 * so instrumented places (the Graph transport, the delivery queue, the router, the watcher) need no new
 * constructor parameter. Tests install an in-memory recorder and restore the previous one.
 */
export function telemetry(): Telemetry {
  return current;
}

/** Installs `next`; returns a function that puts the previous one back. */
export function useTelemetry(next: Telemetry): () => void {
  const previous = current;
  current = next;
  return () => {
    current = previous;
  };
}
