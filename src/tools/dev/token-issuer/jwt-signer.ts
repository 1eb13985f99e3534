import { createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** RS256 tokens of the dev token issuer: a fresh key pair per run, the public half handed to the simulator. */
export class JwtSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  sign(claims: Record<string, unknown>): string {
    const data = `${part({ alg: 'RS256', typ: 'JWT', kid: 'dev' })}.${part(claims)}`;
    return `${data}.${sign('sha256', Buffer.from(data), this.privateKey).toString('base64url')}`;
  }
}

/** The claims of an RS256 token signed by `publicKey`, or undefined (bad shape or signature). Expiry is the caller's check. */
export function verifiedClaims(token: string, publicKey: KeyObject | string): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  try {
    if (!verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) return undefined;
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? claims as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}
