import assert from 'node:assert/strict';
import { defineAction } from '../../src/actions/card-action';
import { cardResult } from '../../src/use-cases/use-case-result';
import { createApp } from '../../src/app/create-app';
import type { Command } from '../../src/commands/command';
import { KnownAdmins } from '../../src/auth/known-admins';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { VERBS } from '../../src/cards/verbs';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

const config = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:9' });

function appWith(extra: { commands?: Command[]; cardActions?: ReturnType<typeof defineAction>[] }) {
  const deps = makeUseCaseDeps();
  return createApp({ config, logger: silentLogger, pim: deps.pim, access: deps.access, audit: deps.audit, knownAdmins: new KnownAdmins(), ...extra });
}

const command = (name: string): Command => ({ name, summary: 's', usage: name, access: 'read', handle: () => Promise.resolve() });

describe('createApp', () => {
  it('builds the server without listening', () => {
    const app = appWith({});
    assert.equal(app.server.server.listening, false);
  });

  it('accepts commands and card actions from other areas', () => {
    const subscribe = defineAction({ verb: VERBS.openAlert, access: 'read', parse: () => ({}), handle: () => Promise.resolve(cardResult({})) });
    assert.doesNotThrow(() => appWith({ commands: [command('subscribe')] }));
    assert.throws(() => appWith({ cardActions: [subscribe] }), /Two card actions handle "alert\.open"/);
  });

  it('refuses a second command with a name already taken', () => {
    assert.throws(() => appWith({ commands: [command('alerts')] }), /Two commands are registered as "alerts"/);
  });
});
