import type { ConnectorCounts } from './loopback-connector';

/** One run's result as the connector saw it. */
export interface SendTally {
  readonly label: string;
  readonly wallMs: number;
  readonly delivered: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly throttled: number;
}

export function tally(label: string, wallMs: number, ids: readonly string[], counts: ConnectorCounts): SendTally {
  let lost = 0;
  let duplicated = 0;
  for (const id of ids) {
    const accepted = counts.accepted.get(id) ?? 0;
    if (accepted === 0) lost += 1;
    if (accepted > 1) duplicated += accepted - 1;
  }
  return { label, wallMs, delivered: ids.length - lost, lost, duplicated, throttled: counts.throttled };
}
