import { strict as assert } from 'node:assert';
import { Client, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { AppError } from '../../../src/errors/app-error';
import { silentLogger } from '../../../src/logging/json-logger';
import { GraphPimAlerts } from '../../../src/pim/graph/graph-pim-alerts';
import { GraphTransport } from '../../../src/pim/graph/graph-transport';
import { alertId } from '../support/simulator-harness';

const BASE = 'https://graph.microsoft.com';
const ROOT = `${BASE}/beta/identityGovernance/roleManagementAlerts`;
const STALE = alertId('StaleSignInAlert');

/** The last middleware of a real Graph SDK client: records the URL the SDK built and answers from a script. */
class CapturingMiddleware implements Middleware {
  readonly urls: string[] = [];
  constructor(private readonly answer: (url: URL) => { status: number; headers?: Record<string, string>; body?: unknown }) {}

  execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    this.urls.push(url);
    const { status, headers, body } = this.answer(new URL(url));
    context.response = new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
    return Promise.resolve();
  }
}

/** A GraphPimAlerts over a real SDK client whose first alert page carries `nextLink`; later pages are empty. */
function pimWithNextLink(nextLink: string): { pim: GraphPimAlerts; urls: string[] } {
  const capture = new CapturingMiddleware((url) => (url.searchParams.has('$filter')
    ? { status: 200, body: { value: [{ id: STALE }], '@odata.nextLink': nextLink } }
    : { status: 200, body: { value: [] } }));
  const client = Client.initWithMiddleware({ baseUrl: `${BASE}/`, defaultVersion: 'beta', middleware: capture });
  const pim = new GraphPimAlerts(new GraphTransport(client, silentLogger), {
    baseUrl: BASE, refreshTimeoutMs: 1000, poll: { initialDelayMs: 1, maxDelayMs: 1 },
  });
  return { pim, urls: capture.urls };
}

const refused = (error: unknown): boolean => error instanceof AppError && error.code === 'graphUnavailable';

describe('Graph link guard (what the Graph SDK actually sends)', () => {
  const REFUSED: Record<string, string> = {
    'another host inside the path, https:// in the query': `${BASE}/beta/graph.microsoft.com/beta/x?$skiptoken=https://`,
    'another host': 'https://evil.example/beta/identityGovernance/roleManagementAlerts/alerts?$skiptoken=1',
    'a look-alike host': 'https://graph.microsoft.com.evil.example/beta/identityGovernance/roleManagementAlerts/alerts',
    'userinfo naming the Graph host': 'https://graph.microsoft.com@evil.example/beta/identityGovernance/roleManagementAlerts/alerts',
    'userinfo on the Graph host': 'https://user:secret@graph.microsoft.com/beta/identityGovernance/roleManagementAlerts/alerts',
    'plain http': 'http://graph.microsoft.com/beta/identityGovernance/roleManagementAlerts/alerts',
    'another version': `${BASE}/v1.0/identityGovernance/roleManagementAlerts/alerts`,
    'another Graph resource': `${BASE}/beta/users?$skiptoken=1`,
    'a fragment': `${ROOT}/alerts?$skiptoken=1#https://evil.example/beta/x`,
    'an empty fragment': `${ROOT}/alerts#`,
    'dot segments': `${ROOT}/../../users`,
    'encoded dot segments': `${ROOT}/%2e%2e/%2E%2E/users`,
    'encoded slashes': `${ROOT}/..%2F..%2Fusers`,
    'an encoded root': `${BASE}/beta/identityGovernance%2froleManagementAlerts/alerts`,
    'an encoded backslash': `${ROOT}/..%5c..%5cusers`,
    'a backslash': `${BASE}\\beta\\users`,
    'a colon in the path': `${ROOT}/alerts/https:/evil.example/beta/x`,
    'an encoded absolute URL in the path': `${ROOT}/https%3A%2F%2Fevil.example%2Fbeta%2Fx`,
    'a protocol-relative link': '//evil.example/beta/identityGovernance/roleManagementAlerts/alerts',
    'an empty segment': `${ROOT}//alerts`,
  };
  for (const [name, link] of Object.entries(REFUSED)) {
    it(`refuses a next link with ${name}, sending nothing more`, async () => {
      const { pim, urls } = pimWithNextLink(link);
      await assert.rejects(pim.listAlerts(), refused);
      assert.equal(urls.length, 1, `followed ${link}: ${urls.join(', ')}`);
    });
  }

  it('follows an absolute URL in the query on the configured origin, with its meaning kept', async () => {
    const { pim, urls } = pimWithNextLink(`${ROOT}/alerts?$skiptoken=https://evil.example/beta/x&$top=5`);
    await pim.listAlerts();
    assert.equal(urls.length, 2);
    const sent = new URL(urls[1]!);
    assert.equal(sent.origin, BASE);
    assert.equal(sent.pathname, '/beta/identityGovernance/roleManagementAlerts/alerts');
    assert.equal(sent.searchParams.get('$skiptoken'), 'https://evil.example/beta/x');
    assert.equal(sent.searchParams.get('$top'), '5');
    assert.ok(!urls[1]!.slice(BASE.length).includes('https://'));
  });

  it('follows a relative next link against the configured origin', async () => {
    const { pim, urls } = pimWithNextLink('/beta/identityGovernance/roleManagementAlerts/alerts?$skiptoken=HTTPS://evil.example/');
    await pim.listAlerts();
    const sent = new URL(urls[1]!);
    assert.equal(sent.origin, BASE);
    assert.equal(sent.searchParams.get('$skiptoken'), 'HTTPS://evil.example/');
  });

  it('refuses, before the SDK, any path that holds a colon (the SDK reads https:// anywhere as a new host)', async () => {
    const capture = new CapturingMiddleware(() => ({ status: 200, body: {} }));
    const client = Client.initWithMiddleware({ baseUrl: `${BASE}/`, defaultVersion: 'beta', middleware: capture });
    const transport = new GraphTransport(client, silentLogger);
    await assert.rejects(transport.send({ method: 'GET', path: 'identityGovernance/x?a=https://evil.example/beta/y', operation: 't' }), refused);
    await assert.rejects(transport.send({ method: 'GET', path: '/users', operation: 't' }), refused);
    assert.deepEqual(capture.urls, []);
  });
});

describe('Graph operation Location guard', () => {
  function pimWithLocation(location: string): { pim: GraphPimAlerts; urls: string[] } {
    const capture = new CapturingMiddleware((url) => (url.pathname.endsWith('/refresh')
      ? { status: 202, headers: { Location: location } }
      : { status: 200, body: { id: 'refresh:all', status: 'succeeded' } }));
    const client = Client.initWithMiddleware({ baseUrl: `${BASE}/`, defaultVersion: 'beta', middleware: capture });
    const pim = new GraphPimAlerts(new GraphTransport(client, silentLogger), {
      baseUrl: BASE, refreshTimeoutMs: 1000, poll: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    return { pim, urls: capture.urls };
  }

  const REFUSED = [
    'https://evil.example/beta/identityGovernance/roleManagementAlerts/operations/refresh:all',
    'https://graph.microsoft.com@evil.example/beta/identityGovernance/roleManagementAlerts/operations/refresh:all',
    `${BASE}/v1.0/identityGovernance/roleManagementAlerts/operations/refresh:all`,
    `${BASE}/beta/users/operations/refresh:all`,
    `${ROOT}/operations/refresh:all?x=https://evil.example/`,
    `${ROOT}/operations/refresh:all#x`,
    `${ROOT}/operations/..%2F..%2Fusers`,
  ];
  for (const location of REFUSED) {
    it(`refuses Location ${location}`, async () => {
      const { pim, urls } = pimWithLocation(location);
      await assert.rejects(pim.refreshAllAlerts(), refused);
      assert.equal(urls.length, 1);
    });
  }

  it('polls a documented Location (absolute or relative) on the configured origin', async () => {
    for (const location of [`${ROOT}/operations/refresh:all`, '/beta/identityGovernance/roleManagementAlerts/operations/refresh%3Aall']) {
      const { pim, urls } = pimWithLocation(location);
      const handle = await pim.refreshAllAlerts();
      assert.equal((await pim.getOperation(handle)).status, 'succeeded');
      assert.equal(new URL(urls[1]!).origin, BASE);
      assert.equal(new URL(urls[1]!).pathname, '/beta/identityGovernance/roleManagementAlerts/operations/refresh%3Aall');
    }
  });
});
