import assert from 'node:assert/strict';
import { helpText } from '../../src/routes/help-text';
import { commandRoute } from '../../src/routes/route';
import { ROUTES } from '../../src/routes/route-table';
import type { CommandRoute } from '../../src/routes/route';
import { textResult } from '../../src/use-cases/use-case-result';

const commands = ROUTES.filter((route): route is CommandRoute => route.kind === 'command');

/**
 * Teams and the Playground read a text message as markdown with HTML: `<alert>` is a tag (dropped, or
 * `&lt;alert&gt;` in a code span) and `<HH:MM>` an autolink. Placeholders are italics instead.
 */
describe('helpText', () => {
  it('writes placeholders in italics, never between angle brackets', () => {
    const alert = commandRoute({ name: 'alert', summary: 'show one alert', usage: 'alert <alert>', access: 'read', handle: () => Promise.resolve(textResult('')) });
    const text = helpText([alert]);
    assert.match(text, /- \*\*alert _alert_\*\*: show one alert/);
    assert.match(text, /\*\*_alert_\*\* is a short key/);
  });

  it('the real help has no < or > at all: no tag, no &lt;, no autolink such as <HH:MM>', () => {
    const text = helpText(commands);
    assert.doesNotMatch(text, /[<>]|&lt;|&gt;/);
    assert.match(text, /digest daily _HH:MM_/);
    assert.match(text, /quiet _HH:MM_-_HH:MM_/);
  });

  it("keeps every argument of exclude user, in its line and in its summary", () => {
    const line = helpText(commands).split('\n').find((item) => item.startsWith('- **exclude'));
    assert.ok(line);
    assert.match(line, /exclude user _UPN or object id_ _reason_/);
    assert.match(line, /: never notify about break-glass accounts: \*\*exclude user _UPN\|id_ _reason_\*\*/);
  });
});
