/**
 * What Teams draws Adaptive Card colours as, per theme: each container style's background and its
 * foreground colours (`default` and `subtle` per colour name), as `#AARRGGBB` or `#RRGGBB`.
 *
 * - light, dark: Microsoft's Teams host configs, microsoft/AdaptiveCards `samples/HostConfig/
 *   microsoft-teams-light.json` and `microsoft-teams-dark.json` (commit 644d933e, Feb 2026), the files the
 *   Adaptive Cards Designer's "Microsoft Teams" host uses.
 * - highContrast: no host config is published for it; Teams' high-contrast colour scheme
 *   (OfficeDev/microsoft-teams-ui-component-library, `teams-high-contrast/color-scheme-assignments.ts`):
 *   white text on black, brand (accent) foreground #ffff01, the status colours (green, red) white and
 *   orange #ffff01; every container black.
 */
export interface ThemeColors {
  readonly name: string;
  readonly containers: Readonly<Record<string, { readonly background: string; readonly foreground: Readonly<Record<string, readonly [string, string]>> }>>;
}

type Foreground = Readonly<Record<string, readonly [string, string]>>;

const LIGHT_FOREGROUND: Foreground = {
  default: ['#ff252424', '#bf252424'], dark: ['#252424', '#bf252424'], light: ['#ffffff', '#fff3f2f1'],
  accent: ['#6264a7', '#8b8cc7'], good: ['#92c353', '#e592c353'], warning: ['#f8d22a', '#e5f8d22a'], attention: ['#c4314b', '#e5c4314b'],
};
const DARK_FOREGROUND: Foreground = {
  default: ['#ffffffff', '#bfffffff'], dark: ['#ff201f1f', '#ff2d2c2c'], light: ['#ffffffff', '#bfffffff'],
  accent: ['#ffa6a7dc', '#ff8b8cc7'], good: ['#ff92c353', '#e592c353'], warning: ['#fff8d22a', '#e5f8d22a'], attention: ['#ffd74654', '#e5d74654'],
};
// In the dark theme, the tinted styles keep light backgrounds and so use dark text.
const DARK_ON_TINT: Foreground = { ...DARK_FOREGROUND, default: ['#ff201f1f', '#ff2d2c2c'] };
const HIGH_CONTRAST_FOREGROUND: Foreground = {
  default: ['#ffffff', '#ffffff'], dark: ['#ffffff', '#ffffff'], light: ['#ffffff', '#ffffff'],
  accent: ['#ffff01', '#ffff01'], good: ['#ffffff', '#ffffff'], warning: ['#ffff01', '#ffff01'], attention: ['#ffffff', '#ffffff'],
};

const tinted = (foreground: Foreground): ThemeColors['containers'] => ({
  accent: { background: '#C7DEF9', foreground }, good: { background: '#CCFFCC', foreground },
  attention: { background: '#FFC5B2', foreground }, warning: { background: '#FFE2B2', foreground },
});

export const TEAMS_THEMES: readonly ThemeColors[] = [
  {
    name: 'light',
    containers: { default: { background: '#ffffff', foreground: LIGHT_FOREGROUND }, emphasis: { background: '#fff9f8f7', foreground: LIGHT_FOREGROUND }, ...tinted(LIGHT_FOREGROUND) },
  },
  {
    name: 'dark',
    containers: { default: { background: '#ff2d2c2c', foreground: DARK_FOREGROUND }, emphasis: { background: '#ff292828', foreground: DARK_FOREGROUND }, ...tinted(DARK_ON_TINT) },
  },
  {
    name: 'highContrast',
    containers: Object.fromEntries(['default', 'emphasis', 'accent', 'good', 'attention', 'warning']
      .map((style) => [style, { background: '#000000', foreground: HIGH_CONTRAST_FOREGROUND }])),
  },
];
