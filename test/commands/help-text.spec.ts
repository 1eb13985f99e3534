import assert from 'node:assert/strict';
import { helpText } from '../../src/commands/help-text';

describe('helpText', () => {
  it('keeps placeholders such as <alert> out of code spans (shown there as &lt;alert&gt;)', () => {
    const text = helpText([{ name: 'alert', summary: 'show one alert', usage: 'alert <alert>', access: 'read', handle: () => Promise.resolve() }]);
    assert.match(text, /\*\*<alert>\*\* is a short key/);
    const codeSpans = text.match(/`[^`]*`/g) ?? [];
    assert.deepEqual(codeSpans.filter((span) => /[<>]/.test(span)), []);
  });
});
