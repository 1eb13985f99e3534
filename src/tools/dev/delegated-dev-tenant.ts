import type { SimulatedRole } from '../simulator/http/caller-check';
import type { SimulatorIdentity } from '../simulator/http/caller-check';
import { startDevTokenIssuer, type DevTokenIssuer } from './token-issuer/dev-token-issuer';
import type { PlaygroundUser } from './playground-user';

/** WRITE_MODE=delegated in the dev stack: who exists, their simulated roles, and whether SSO is silent. */
export interface DelegatedDevOptions {
  readonly tenantId: string;
  readonly users: readonly PlaygroundUser[];
  readonly roles: Readonly<Record<string, readonly SimulatedRole[]>>;
  /** `npm run dev`: true (every user counts as signed in, as Teams SSO is silent); tests: false (the full 401 → exchange path). */
  readonly autoSignIn: boolean;
}

/**
 * The Playground's users and their roles in `npm run dev`: the current user (Alex Wilber) is an active
 * Privileged Role Administrator, the first other user (Megan Bowen) a Security Reader, the second (Adele
 * Vance) an eligible Privileged Role Administrator who has not activated it, the third (Isaiah Langer)
 * a second active Privileged Role Administrator; the rest hold no role.
 */
export function devRoles(current: PlaygroundUser, others: readonly PlaygroundUser[]): Record<string, readonly SimulatedRole[]> {
  const [reader, eligible, second] = others;
  return {
    [current.aadObjectId]: [{ role: 'Privileged Role Administrator', state: 'active' }],
    ...(reader ? { [reader.aadObjectId]: [{ role: 'Security Reader', state: 'active' as const }] } : {}),
    ...(eligible ? { [eligible.aadObjectId]: [{ role: 'Privileged Role Administrator', state: 'eligible' as const }] } : {}),
    ...(second ? { [second.aadObjectId]: [{ role: 'Privileged Role Administrator', state: 'active' as const }] } : {}),
  };
}

export interface DelegatedDevTenant {
  readonly issuer: DevTokenIssuer;
  /** What the simulator enforces. */
  readonly identity: SimulatorIdentity;
  /** What the bot gets: delegated writes through the loopback token service, no allow-list (Graph decides). */
  readonly botEnv: NodeJS.ProcessEnv;
}

export async function startDelegatedDevTenant(options: DelegatedDevOptions): Promise<DelegatedDevTenant> {
  const issuer = await startDevTokenIssuer({
    tenantId: options.tenantId, autoSignIn: options.autoSignIn,
    users: options.users.map((user) => ({ objectId: user.aadObjectId.toLowerCase(), upn: user.upn })),
  });
  const roles = Object.fromEntries(Object.entries(options.roles).map(([id, list]) => [id.toLowerCase(), list]));
  return {
    issuer,
    identity: { publicKeyPem: issuer.publicKeyPem, audience: issuer.graphAudience, appPermission: 'read', roles },
    botEnv: { WRITE_MODE: 'delegated', DEV_TOKEN_SERVICE_URL: issuer.url, PIM_ADMIN_IDS: '' },
  };
}
