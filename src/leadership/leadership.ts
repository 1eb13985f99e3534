/**
 * Who runs the poller. Exactly one instance leads at a time; every other instance serves chat turns
 * and card actions only. While leading, `currentEpoch()` is the fencing epoch the leader's writes carry.
 */
export interface Leadership {
  readonly instanceId: string;
  /** The epoch while this instance leads (and its lease is fresh); undefined otherwise. */
  currentEpoch(): number | undefined;
  /** Starts campaigning (and, once elected, calls the listeners with true). */
  start(): Promise<void>;
  /** Stops campaigning and gives the lead up at once, so another instance takes over quickly. */
  stop(): Promise<void>;
  /** Called with true on election and false the moment the lead is lost. */
  onChange(listener: (leading: boolean) => void): void;
}

/**
 * Key prefixes (Storage namespaces) only the leader writes: fenced on every takeover. Digest settings
 * are not among them: chat commands on any instance write them (eTag-checked, like the digest run).
 */
export const LEADER_NAMESPACES = ['watcher', 'broadcasts', 'deliveries', 'incident-history', 'quiet-held'] as const;

export function isLeading(leadership: Leadership): boolean {
  return leadership.currentEpoch() !== undefined;
}
