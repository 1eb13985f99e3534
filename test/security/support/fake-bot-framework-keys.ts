import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';

const b64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/**
 * A loopback stand-in for the Bot Framework's OpenID metadata and signing keys, so token validation
 * runs for real offline: tokens signed with the published key are genuine, anything else is forged.
 */
export class FakeBotFrameworkKeys {
  readonly keyId = 'published-key';
  private readonly published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: LoopbackServer | undefined;

  get metadataUrl(): string {
    return `${this.baseUrl()}/metadata`;
  }

  async start(): Promise<this> {
    const jwk = this.published.publicKey.export({ format: 'jwk' });
    this.server = await listenOnLoopback((request, response) => {
      const body = request.url === '/metadata'
        ? { issuer: 'https://api.botframework.com', jwks_uri: `${this.baseUrl()}/keys` }
        : { keys: [{ ...jwk, kid: this.keyId, use: 'sig', endorsements: ['msteams'] }] };
      response.statusCode = 200;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    });
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.close();
  }

  /** A genuine Bot Framework channel token for `audience`, valid for activities with `serviceUrl`. */
  genuineToken(audience: string, serviceUrl: string): string {
    return this.sign(this.published.privateKey, this.keyId, audience, serviceUrl);
  }

  /** A token for `audience` that claims the published key id but is signed with an attacker's key. */
  forgedToken(audience: string): string {
    return this.sign(this.attacker.privateKey, this.keyId, audience);
  }

  /** A token naming a key id the metadata does not publish. */
  unknownKeyToken(audience: string): string {
    return this.sign(this.attacker.privateKey, 'attacker-key', audience);
  }

  private sign(key: KeyObject, kid: string, audience: string, serviceUrl = 'http://127.0.0.1/'): string {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const payload = b64url(JSON.stringify({
      iss: 'https://api.botframework.com', aud: audience, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600,
    }));
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
    return `${header}.${payload}.${b64url(signature)}`;
  }

  private baseUrl(): string {
    if (!this.server) throw new Error('FakeBotFrameworkKeys is not started');
    return this.server.origin;
  }
}
