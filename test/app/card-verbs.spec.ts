import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionCardActions, registeredActionVerbs } from '../../src/app/card-action-table';
import { createApp } from '../../src/app/create-app';
import { VERBS } from '../../src/cards/verbs';
import { KnownAdmins } from '../../src/auth/known-admins';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { SubscriptionStore } from '../../src/notifications/subscription-store';
import { CARDS_DIR } from '../../src/repo-paths';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';
import { makeTriage } from '../support/fakes/triage';

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

describe('card verbs of the composed app', () => {
  const composed = (): readonly string[] => {
    const deps = makeUseCaseDeps();
    const app = createApp({
      config: loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:9' }), logger: silentLogger, pim: deps.pim, access: deps.access, audit: deps.audit, knownAdmins: new KnownAdmins(),
      cardActions: extensionCardActions({ subscriptions: new SubscriptionStore(new MemoryStorage()), triage: makeTriage() }),
    });
    return app.cardVerbs;
  };

  it('the composed app handles exactly the verbs of its action table (main registers the same extensions)', () => {
    assert.deepEqual([...composed()].sort(), [...registeredActionVerbs()].sort());
  });

  it('every verb on any card template (alerts, notifications, welcome) has a handler', () => {
    const verbs = templateVerbs();
    assert.ok(verbs.has(VERBS.subscribe) && verbs.has(VERBS.dismiss), [...verbs.keys()].join(', '));
    const handled = composed();
    const missing = [...verbs].filter(([verb]) => !handled.includes(verb)).map(([verb, files]) => `${verb} (${files.join(', ')})`);
    assert.deepEqual(missing, [], `buttons without a handler: ${missing.join('; ')}`);
  });

  it('every handler has a button on some template, except the refresh-view verb (used by card refresh blocks)', () => {
    const verbs = templateVerbs();
    const orphans = composed().filter((verb) => !verbs.has(verb) && verb !== VERBS.refreshView);
    assert.deepEqual(orphans, [], `handlers no card uses: ${orphans.join(', ')}`);
  });
});
