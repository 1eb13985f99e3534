import type { AlertSeverity } from '../pim/model';

/** How a severity is shown: label, Adaptive Card text color, and sort rank (0 = most severe). */
export interface SeverityStyle {
  readonly text: string;
  readonly color: 'Attention' | 'Warning' | 'Accent' | 'Default';
  readonly rank: number;
}

const STYLES: Readonly<Record<AlertSeverity, SeverityStyle>> = {
  high: { text: 'High', color: 'Attention', rank: 0 },
  medium: { text: 'Medium', color: 'Warning', rank: 1 },
  low: { text: 'Low', color: 'Accent', rank: 2 },
  informational: { text: 'Informational', color: 'Default', rank: 3 },
  unknown: { text: 'Unknown', color: 'Default', rank: 4 },
  unknownFutureValue: { text: 'Unknown', color: 'Default', rank: 4 },
};

export function severityStyle(severity: AlertSeverity | undefined): SeverityStyle {
  return severity === undefined ? STYLES.unknown : STYLES[severity];
}
