import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BADGE_STYLES, CARD_TEXT_COLORS } from '../../src/cards/card-colors';
import { severityStyle } from '../../src/cards/severity-style';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { contrastRatio } from './support/contrast';
import { TEAMS_THEMES } from './support/teams-themes';

const CARDS = path.join(REPO_ROOT, 'cards');
const AA = 4.5;
const TEXT_TYPES = new Set(['TextBlock', 'TextRun', 'FactSet']);

interface TextUse { readonly card: string; readonly where: string; readonly styles: readonly string[]; readonly colors: readonly string[]; readonly subtle: readonly boolean[] }

const isBinding = (value: unknown): boolean => typeof value === 'string' && value.includes('${');
const choices = <T>(value: unknown, bound: readonly T[], literal: (raw: unknown) => T): readonly T[] => (isBinding(value) ? bound : [literal(value)]);

/** Every text a template can show, with every container style, colour and subtlety it can have (a binding may take any allowed value). */
function textUses(card: string, node: unknown, styles: readonly string[] = ['default'], where = '$'): TextUse[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => textUses(card, item, styles, `${where}[${index}]`));
  if (node === null || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const inner = element.style !== undefined && ['Container', 'Column', 'ColumnSet'].includes(String(element.type))
    ? choices(element.style, BADGE_STYLES, (raw) => String(raw).toLowerCase()) : styles;
  const own: TextUse[] = TEXT_TYPES.has(String(element.type)) ? [{
    card, where, styles: inner,
    colors: element.color === undefined ? ['default'] : choices(element.color, CARD_TEXT_COLORS, String).map((color) => color.toLowerCase()),
    subtle: element.isSubtle === undefined ? [false] : choices(element.isSubtle, [false, true], (raw) => raw === true),
  }] : [];
  const children = Object.entries(element).filter(([key]) => !['actions', 'selectAction', 'data'].includes(key))
    .flatMap(([key, value]) => (typeof value === 'object' ? textUses(card, value, inner, `${where}.${key}`) : []));
  return [...own, ...children];
}

const templates = readdirSync(CARDS).filter((file) => file.endsWith('.json'));
const allUses = templates.flatMap((file) => textUses(file, JSON.parse(readFileSync(path.join(CARDS, file), 'utf8'))));

describe('card contrast in Teams themes (WCAG AA)', () => {
  it('computes WCAG contrast as published (black on white 21:1, #767676 on white 4.54:1, half-transparent black on white = #808080)', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#80000000', '#ffffff').toFixed(2), contrastRatio('#7f7f7f', '#ffffff').toFixed(2));
    const light = TEAMS_THEMES.find((theme) => theme.name === 'light')!.containers.default!;
    assert.ok(contrastRatio(light.foreground.good![0], light.background) < 2.2, 'Teams light Good text is the 2.1:1 the issue saw');
  });

  it(`every text in every card template reaches ${AA}:1 in Teams' light, dark and high-contrast themes`, () => {
    assert.ok(allUses.length > 50, `found ${allUses.length} texts in ${templates.length} templates`);
    const failures: string[] = [];
    for (const theme of TEAMS_THEMES) {
      for (const use of allUses) {
        for (const style of use.styles) {
          const container = theme.containers[style];
          if (!container) {
            failures.push(`${use.card} ${use.where}: container style "${style}" is not one Teams defines`);
            continue;
          }
          for (const color of use.colors) {
            const pair = container.foreground[color];
            if (!pair) {
              failures.push(`${use.card} ${use.where}: colour "${color}" is not one Teams defines`);
              continue;
            }
            for (const subtle of use.subtle) {
              const ratio = contrastRatio(subtle ? pair[1] : pair[0], container.background);
              if (ratio < AA) failures.push(`${theme.name}: ${use.card} ${use.where} ${color}${subtle ? ' subtle' : ''} on ${style}: ${ratio.toFixed(2)}:1`);
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the colours a binding may take (CARD_TEXT_COLORS) all pass, and the ones they replaced do not', () => {
    for (const theme of TEAMS_THEMES) {
      const card = theme.containers.default!;
      for (const color of CARD_TEXT_COLORS) assert.ok(contrastRatio(card.foreground[color.toLowerCase()]![0], card.background) >= AA, `${theme.name} ${color}`);
    }
    const failing = TEAMS_THEMES.flatMap((theme) => ['good', 'warning', 'attention']
      .filter((color) => contrastRatio(theme.containers.default!.foreground[color]![0], theme.containers.default!.background) < AA)
      .map((color) => `${theme.name} ${color}`));
    assert.deepEqual(failing, ['light good', 'light warning', 'dark attention']);
  });

  it('every severity badge other than "default" stands out from the card (the Low badge is no longer the near-white Emphasis)', () => {
    for (const theme of TEAMS_THEMES.filter((candidate) => candidate.name !== 'highContrast')) {
      const card = theme.containers.default!.background;
      for (const severity of ['high', 'medium', 'low'] as const) {
        const badge = theme.containers[severityStyle(severity).badgeStyle]!.background;
        assert.ok(contrastRatio(badge, card) >= 1.2, `${theme.name} ${severity} badge ${badge} on ${card}: ${contrastRatio(badge, card).toFixed(2)}:1`);
      }
    }
    assert.equal(severityStyle('low').badgeStyle, 'accent');
  });
});
