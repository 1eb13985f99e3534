import assert from 'node:assert/strict';
import { createApp } from '../../src/app/create-app';
import { KnownAdmins } from '../../src/auth/known-admins';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/json-logger';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

const config = loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:9' });

describe('createApp', () => {
  it('builds the server without listening', () => {
    const deps = makeUseCaseDeps();
    const app = createApp({
      config, logger: silentLogger, pim: deps.pim, access: deps.access, audit: deps.audit, knownAdmins: new KnownAdmins(),
      subscriptions: deps.subscriptions, digest: deps.digest, triage: deps.triage,
    });
    assert.equal(app.server.server.listening, false);
  });
});
