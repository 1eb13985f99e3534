import type { AlertSeverity } from '../pim/model';

/** The minimum severity a subscription wants to hear about. */
export const SEVERITY_FLOORS = ['informational', 'low', 'medium', 'high'] as const;
export type SeverityFloor = (typeof SEVERITY_FLOORS)[number];

export const DEFAULT_SEVERITY_FLOOR: SeverityFloor = 'low';

const RANK: Readonly<Record<AlertSeverity, number>> = {
  informational: 0,
  low: 1,
  medium: 2,
  high: 3,
  // A severity we cannot read is treated as high: better one notification too many than a missed one.
  unknown: 3,
  unknownFutureValue: 3,
};

/** `info`, `Medium`, `HIGH`... → the floor, or undefined for anything else. */
export function parseSeverityFloor(text: string): SeverityFloor | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'info') return 'informational';
  return SEVERITY_FLOORS.find((floor) => floor === word);
}

export function meetsFloor(severity: AlertSeverity, floor: SeverityFloor): boolean {
  return RANK[severity] >= RANK[floor];
}
