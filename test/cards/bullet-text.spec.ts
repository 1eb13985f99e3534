import assert from 'node:assert/strict';
import { bulletText } from '../../src/cards/bullet-text';

describe('bulletText', () => {
  it('turns Graph\'s "·"-separated steps into one bullet per line, trimmed, empties dropped', () => {
    const text = '·Review the users in the list.· ·Assign lower privileged roles instead. ·';
    assert.equal(bulletText(text), '- Review the users in the list.\n- Assign lower privileged roles instead.');
  });

  it('escapes each bullet as before (markdown, mentions, template openers)', () => {
    const text = '·Click [here](https://evil.example)·<at>Everyone</at> ${x}·- not a list';
    assert.equal(bulletText(text), '- Click \\[here\\](https://evil.example)\n- ‹at>Everyone‹/at> $\u200b{x}\n- \\- not a list');
  });

  it('leaves a single step as plain escaped text, and empty text empty', () => {
    assert.equal(bulletText('Remove the *user*.'), 'Remove the \\*user\\*.');
    assert.equal(bulletText('·Only one step.'), 'Only one step.');
    assert.equal(bulletText(''), '');
    assert.equal(bulletText(null), '');
    assert.equal(bulletText('·· ·'), '');
  });
});
