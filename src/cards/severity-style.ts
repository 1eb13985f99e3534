import type { AlertSeverity } from '../pim/model';

/**
 * How a severity is shown: a label on a tinted badge (an Adaptive Card container `style`, whose text
 * keeps the theme's own high-contrast colour), a text colour for places without a badge, and a sort
 * rank (0 = most severe). Coloured text alone is not used for Medium and Low: Teams' `Warning` yellow
 * on white is about 1.5:1 (unreadable) and `Accent` blue looks like a link.
 */
export interface SeverityStyle {
  readonly text: string;
  readonly color: 'Attention' | 'Default';
  readonly badgeStyle: 'attention' | 'warning' | 'emphasis' | 'default';
  readonly rank: number;
}

const STYLES: Readonly<Record<AlertSeverity, SeverityStyle>> = {
  high: { text: 'High', color: 'Attention', badgeStyle: 'attention', rank: 0 },
  medium: { text: 'Medium', color: 'Default', badgeStyle: 'warning', rank: 1 },
  low: { text: 'Low', color: 'Default', badgeStyle: 'emphasis', rank: 2 },
  informational: { text: 'Informational', color: 'Default', badgeStyle: 'default', rank: 3 },
  unknown: { text: 'Unknown', color: 'Default', badgeStyle: 'default', rank: 4 },
  unknownFutureValue: { text: 'Unknown', color: 'Default', badgeStyle: 'default', rank: 4 },
};

export function severityStyle(severity: AlertSeverity | undefined): SeverityStyle {
  return severity === undefined ? STYLES.unknown : STYLES[severity];
}
