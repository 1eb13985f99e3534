import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtSigner, verifiedClaims } from './jwt-signer';

/** A simulated user of the dev tenant (the Playground's users). */
export interface SimulatedUser {
  readonly objectId: string;
  readonly upn: string;
}

export interface DevTokenIssuerOptions {
  readonly tenantId: string;
  readonly users: readonly SimulatedUser[];
  /** True (`npm run dev`): every known user counts as signed in, standing in for Teams' silent SSO. */
  readonly autoSignIn: boolean;
  /**
   * The OAuth connections it stands in for, by name, and the API each issues tokens for (the bot's OAUTH_CONNECTION_NAME and
   * ARM_OAUTH_CONNECTION_NAME); default `graph` → Microsoft Graph, `arm` → Resource Manager.
   */
  readonly connections?: Readonly<Record<string, 'graph' | 'arm'>>;
  /** Lifetime of issued tokens; default 3600 s. */
  readonly lifetimeSeconds?: number;
  readonly port?: number;
}

export interface DevTokenIssuer {
  /** `http://127.0.0.1:<port>`: DEV_TOKEN_SERVICE_URL. */
  readonly url: string;
  /** PEM of the signing key's public half: what the simulator verifies Graph and Resource Manager tokens with. */
  readonly publicKeyPem: string;
  readonly graphAudience: string;
  readonly armAudience: string;
  /** What Teams would hold after SSO: a token for the app's `access_as_user` scope (tests act as Teams with it). */
  ssoToken(objectId: string, tenantId?: string): string;
  /** Sets the lifetime of tokens issued from now on (tests of expiry). */
  setLifetime(seconds: number): void;
  /** Forgets that a user signed in, on every connection (the token service holds no token for them any more). */
  signOut(objectId: string): void;
  close(): Promise<void>;
}

export const SSO_RESOURCE = 'api://localhost/botid-pim-alerts-dev';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
/** Resource Manager's audience (the `https://management.azure.com/user_impersonation` scope of the second connection). */
export const ARM_AUDIENCE = 'https://management.azure.com';
const DEFAULT_CONNECTIONS: Readonly<Record<string, 'graph' | 'arm'>> = { graph: 'graph', arm: 'arm' };

/**
 * The dev stack's loopback stand-in for the Bot Framework token service and Entra, per OAuth connection (`connection=`,
 * Graph when absent): exchanges an SSO token for a delegated Graph or Resource Manager token (RS256, signed with a key made
 * at start), hands out the token of a user who signed in (`/signin`), and gives the sign-in resource for loginRequest answers.
 */
export async function startDevTokenIssuer(options: DevTokenIssuerOptions): Promise<DevTokenIssuer> {
  const signer = new JwtSigner();
  const connections = options.connections ?? DEFAULT_CONNECTIONS;
  const signedIn = new Set<string>(options.autoSignIn ? options.users.flatMap((user) => Object.keys(connections).map((name) => `${name}:${user.objectId}`)) : []);
  let lifetime = options.lifetimeSeconds ?? 3600;
  let url = '';
  const userOf = (objectId: string | null): SimulatedUser | undefined => options.users.find((user) => user.objectId === objectId?.toLowerCase());
  const now = (): number => Math.floor(Date.now() / 1000);
  const connectionOf = (query: URLSearchParams): string => query.get('connection') ?? 'graph';
  const token = (connection: string, user: SimulatedUser, tenantId: string): string => signer.sign({
    ...(connections[connection] === 'arm' ? { aud: ARM_AUDIENCE, scp: 'user_impersonation' } : { aud: GRAPH_AUDIENCE, scp: 'RoleManagementAlert.ReadWrite.Directory' }),
    iss: `${url}/${tenantId}/v2.0`, oid: user.objectId, tid: tenantId, upn: user.upn, iat: now(), nbf: now(), exp: now() + lifetime,
  });
  const handlers: Record<string, (req: IncomingMessage, query: URLSearchParams) => Promise<[number, unknown]>> = {
    'GET /api/usertoken/token': (_req, query) => {
      const user = userOf(query.get('user'));
      const connection = connectionOf(query);
      const held = user && connections[connection] && signedIn.has(`${connection}:${user.objectId}`);
      return Promise.resolve(user && held ? [200, { token: token(connection, user, options.tenantId) }] : [404, { error: 'not signed in' }]);
    },
    'DELETE /api/usertoken/token': (_req, query) => {
      const user = userOf(query.get('user'));
      const removed = user !== undefined && signedIn.delete(`${connectionOf(query)}:${user.objectId}`);
      return Promise.resolve(removed ? [200, { signedOut: true }] : [404, { error: 'not signed in' }]);
    },
    'POST /api/usertoken/exchange': async (req, query) => {
      const body = JSON.parse(await readBody(req) || '{}') as { token?: unknown };
      const claims = typeof body.token === 'string' ? verifiedClaims(body.token, signer.publicKey) : undefined;
      const user = userOf(query.get('user'));
      const connection = connectionOf(query);
      const valid = claims && user && connections[connection] && claims.aud === SSO_RESOURCE && claims.oid === user.objectId && typeof claims.exp === 'number' && claims.exp > now();
      if (!valid || !user || typeof claims.tid !== 'string') return [412, { error: 'the SSO token cannot be exchanged' }];
      signedIn.add(`${connection}:${user.objectId}`);
      return [200, { token: token(connection, user, claims.tid) }];
    },
    'GET /api/signin/resource': (_req, query) => Promise.resolve(connections[connectionOf(query)] ? [200, {
      signInLink: `${url}/signin?user=${encodeURIComponent(query.get('user') ?? '')}&connection=${encodeURIComponent(connectionOf(query))}`,
      tokenExchangeResource: { id: randomUUID(), uri: SSO_RESOURCE, providerId: 'dev-token-issuer' },
    }] : [404, { error: 'unknown connection' }]),
    'GET /signin': (_req, query) => {
      const user = userOf(query.get('user'));
      if (user) signedIn.add(`${connectionOf(query)}:${user.objectId}`);
      return Promise.resolve(user ? [200, { signedIn: user.upn, next: 'Go back to the chat and try again.' }] : [404, { error: 'unknown user' }]);
    },
  };
  const server = createServer((req, res) => void answer(req, res, handlers));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, publicKeyPem: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString(), graphAudience: GRAPH_AUDIENCE, armAudience: ARM_AUDIENCE,
    ssoToken: (objectId, tenantId = options.tenantId) => signer.sign({ aud: SSO_RESOURCE, oid: objectId.toLowerCase(), tid: tenantId, iat: now(), exp: now() + 3600 }),
    setLifetime: (seconds) => { lifetime = seconds; },
    signOut: (objectId) => { for (const name of Object.keys(connections)) signedIn.delete(`${name}:${objectId.toLowerCase()}`); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, handlers: Record<string, (req: IncomingMessage, query: URLSearchParams) => Promise<[number, unknown]>>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://issuer.invalid');
  const handler = handlers[`${req.method ?? 'GET'} ${url.pathname}`];
  const [status, body] = await (handler ? handler(req, url.searchParams) : Promise.resolve<[number, unknown]>([404, { error: 'not found' }]))
    .catch((): [number, unknown] => [400, { error: 'bad request' }]);
  // Not chained: restify (loaded in the same process by tests) replaces ServerResponse#writeHead with one that returns nothing.
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { text += chunk; if (text.length > 65536) req.destroy(); });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
