/**
 * The Adaptive Cards text colours the cards may use. Teams maps colour names to its host config per theme:
 * in the light theme Good (#92c353) is 2.1:1 on white and Warning (#f8d22a) 1.5:1; in the dark theme
 * Attention (#d74654) is 3.2:1 on #2d2c2c. Default and Accent reach WCAG AA (4.5:1) in the light, dark and
 * high-contrast themes (test/cards/card-contrast.spec.ts computes it), so meaning is carried by words,
 * weight and badges, never by a red or green text alone.
 */
export const CARD_TEXT_COLORS = ['Default', 'Accent'] as const;
export type CardTextColor = (typeof CARD_TEXT_COLORS)[number];

/** Container styles the cards use as severity badges (Low is Accent: Emphasis is #f9f8f7 on a white card, 1.06:1). */
export const BADGE_STYLES = ['attention', 'warning', 'accent', 'default'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];
