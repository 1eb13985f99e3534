import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_VERBS, VERBS } from '../../src/cards/verbs';
import { CARDS_DIR } from '../../src/tools/repo-paths';
import { cardVerbs } from '../../src/routes/route-table';

/** Every `verb` in a template, on buttons and in Action.Submit fallbacks' data, with where it is. */
function templateVerbs(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(CARDS_DIR).filter((name) => name.endsWith('.json'))) {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const verb = (node as { verb?: unknown }).verb;
        if (verb !== undefined) {
          assert.ok(typeof verb === 'string' && !verb.includes('${'), `${file}: a verb must be a literal string`);
          found.set(verb, [...(found.get(verb) ?? []), file]);
        }
        Object.values(node).forEach(walk);
      }
    };
    walk(JSON.parse(readFileSync(path.join(CARDS_DIR, file), 'utf8')));
  }
  return found;
}

describe('card verbs: templates and the route table', () => {
  const handled = (): readonly string[] => cardVerbs();

  it('every verb constant (shared by templates and routes) has exactly one route, and every route one constant', () => {
    assert.deepEqual([...handled()].sort(), [...ALL_VERBS].sort());
  });

  it('every verb on any card template (alerts, notifications, welcome) has a handler', () => {
    const verbs = templateVerbs();
    assert.ok(verbs.has(VERBS.subscribe) && verbs.has(VERBS.dismiss), [...verbs.keys()].join(', '));
    const missing = [...verbs].filter(([verb]) => !handled().includes(verb)).map(([verb, files]) => `${verb} (${files.join(', ')})`);
    assert.deepEqual(missing, [], `buttons without a handler: ${missing.join('; ')}`);
  });

  it('every handler has a button on some template, except the refresh-view verb (used by card refresh blocks)', () => {
    const verbs = templateVerbs();
    const orphans = handled().filter((verb) => !verbs.has(verb) && verb !== VERBS.refreshView);
    assert.deepEqual(orphans, [], `handlers no card uses: ${orphans.join(', ')}`);
  });
});
