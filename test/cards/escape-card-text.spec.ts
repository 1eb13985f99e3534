import assert from 'node:assert/strict';
import { escapeCardText, escapePlainCardText } from '../../src/cards/escape-card-text';

describe('escapeCardText', () => {
  it('shows markdown links and emphasis literally', () => {
    const escaped = escapeCardText('[click](https://evil.example) **bold** _it_');
    assert.ok(!/\[click\]\(/.test(escaped.replace(/\\./g, '')), escaped);
    assert.equal(escaped, '\\[click\\](https://evil.example) \\*\\*bold\\*\\* \\_it\\_');
  });

  it('neutralises <at> mention tags, template bindings and control characters', () => {
    const escaped = escapeCardText('hi <at>Everyone</at> ${secret} a\u0000b\u202e');
    assert.ok(!escaped.includes('<at>'));
    assert.ok(!escaped.includes('</at'));
    assert.ok(!escaped.includes('${'));
    assert.ok(!escaped.includes('\u0000') && !escaped.includes('\u202e'));
  });

  it('escapes list markers at line starts', () => {
    assert.equal(escapeCardText('- one\n2. two\n# head\n> quote (x)'), '\\- one\n2\\. two\n\\# head\n\\> quote (x)');
  });

  it('truncates very long text with an ellipsis', () => {
    const escaped = escapeCardText('a'.repeat(5000), 100);
    assert.equal(Array.from(escaped).length, 100);
    assert.ok(escaped.endsWith('…'));
  });

  it('turns null and undefined into empty text', () => {
    assert.equal(escapeCardText(null), '');
    assert.equal(escapePlainCardText(undefined), '');
  });

  it('plain text keeps markdown characters but not mentions or bindings', () => {
    assert.equal(escapePlainCardText('a_b [x] <at>y</at> ${z}'), 'a_b [x] ‹at>y‹/at> $\u200b{z}');
  });
});
