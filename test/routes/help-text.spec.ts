import assert from 'node:assert/strict';
import { helpText } from '../../src/routes/help-text';
import { commandRoute } from '../../src/routes/route';
import { textResult } from '../../src/use-cases/use-case-result';

describe('helpText', () => {
  it('keeps placeholders such as <alert> out of code spans (shown there as &lt;alert&gt;)', () => {
    const alert = commandRoute({ name: 'alert', summary: 'show one alert', usage: 'alert <alert>', access: 'read', handle: () => Promise.resolve(textResult('')) });
    const text = helpText([alert]);
    assert.match(text, /\*\*<alert>\*\* is a short key/);
    const codeSpans = text.match(/`[^`]*`/g) ?? [];
    assert.deepEqual(codeSpans.filter((span) => /[<>]/.test(span)), []);
  });
});
