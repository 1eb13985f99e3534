import { strict as assert } from 'node:assert';
import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, WorkloadIdentityCredential } from '@azure/identity';
import { loadConfig } from '../../src/config/load-config';
import { AppError } from '../../src/errors/app-error';
import { createTokenCredential, graphScope } from '../../src/pim/graph/graph-credential';
import { graphTestConfig } from './support/graph-test-config';

const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';

describe('Graph credential from configuration', () => {
  it('refuses a non-loopback Graph URL without a credential (load-config)', () => {
    assert.throws(() => loadConfig({ GRAPH_BASE_URL: 'https://graph.microsoft.com' }),
      (error: unknown) => error instanceof AppError && error.code === 'configuration' && /no Graph credential/.test(error.message));
    assert.equal(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:5990' }).graph.credential, 'none');
  });

  it('builds the credential each kind names', () => {
    const base = graphTestConfig('https://graph.microsoft.us', { tenantId: TENANT, clientId: 'app', authorityHost: 'https://login.microsoftonline.us' });
    assert.equal(createTokenCredential({ ...base, credential: 'none' }), null);
    assert.ok(createTokenCredential({ ...base, credential: 'clientSecret', clientSecret: 's' }) instanceof ClientSecretCredential);
    assert.ok(createTokenCredential({ ...base, credential: 'clientCertificate', clientCertificatePath: '/tmp/none.pem' }) instanceof ClientCertificateCredential);
    assert.ok(createTokenCredential({ ...base, credential: 'managedIdentity' }) instanceof ManagedIdentityCredential);
    assert.ok(createTokenCredential({ ...base, credential: 'workloadIdentity', federatedTokenFile: '/tmp/token' }) instanceof WorkloadIdentityCredential);
    assert.throws(() => createTokenCredential({ ...base, credential: 'clientSecret' }), /AZURE_CLIENT_SECRET/);
  });

  it('asks for a token for the configured cloud', () => {
    assert.equal(graphScope(graphTestConfig('https://dod-graph.microsoft.us/')), 'https://dod-graph.microsoft.us/.default');
    assert.equal(graphScope(graphTestConfig('https://graph.microsoft.com')), 'https://graph.microsoft.com/.default');
  });
});
