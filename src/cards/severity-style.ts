import type { AlertSeverity } from '../pim/model';
import type { BadgeStyle, CardTextColor } from './card-colors';

/**
 * How a severity is shown: a label on a tinted badge (an Adaptive Card container `style`, whose text
 * keeps the theme's own readable colour), a text colour for places without a badge, and a sort rank
 * (0 = most severe). The label says the severity; no coloured text carries it: Teams' `Attention` red is
 * 3.2:1 on the dark theme's card, `Warning` yellow 1.5:1 on the light one (see card-colors.ts).
 */
export interface SeverityStyle {
  readonly text: string;
  readonly color: CardTextColor;
  readonly badgeStyle: BadgeStyle;
  readonly rank: number;
}

const STYLES: Readonly<Record<AlertSeverity, SeverityStyle>> = {
  high: { text: 'High', color: 'Default', badgeStyle: 'attention', rank: 0 },
  medium: { text: 'Medium', color: 'Default', badgeStyle: 'warning', rank: 1 },
  low: { text: 'Low', color: 'Default', badgeStyle: 'accent', rank: 2 },
  informational: { text: 'Informational', color: 'Default', badgeStyle: 'default', rank: 3 },
  unknown: { text: 'Unknown', color: 'Default', badgeStyle: 'default', rank: 4 },
  unknownFutureValue: { text: 'Unknown', color: 'Default', badgeStyle: 'default', rank: 4 },
};

export function severityStyle(severity: AlertSeverity | undefined): SeverityStyle {
  return severity === undefined ? STYLES.unknown : STYLES[severity];
}
