import type { SimulatedRole } from '../simulator/http/caller-check';
import type { SimulatorIdentity } from '../simulator/http/caller-check';
import type { SimulatedAzureRole } from '../simulator/http/arm-caller-check';
import { startDevTokenIssuer, type DevTokenIssuer } from './token-issuer/dev-token-issuer';
import type { PlaygroundUser } from './playground-user';

/** WRITE_MODE=delegated in the dev stack: who exists, their simulated roles, and whether SSO is silent. */
export interface DelegatedDevOptions {
  readonly tenantId: string;
  readonly users: readonly PlaygroundUser[];
  readonly roles: Readonly<Record<string, readonly SimulatedRole[]>>;
  /** Their simulated Azure role assignments (Azure RBAC on the Resource Manager alert paths); none when absent. */
  readonly azureRoles?: Readonly<Record<string, readonly SimulatedAzureRole[]>>;
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

/**
 * Their Azure roles on every simulated subscription (as if assigned at a management group above them), the same people in
 * the same parts: Alex an active Owner, Megan a Reader, Adele an eligible Owner who has not activated it, Isaiah an active
 * User Access Administrator; the rest none.
 */
export function devAzureRoles(current: PlaygroundUser, others: readonly PlaygroundUser[]): Record<string, readonly SimulatedAzureRole[]> {
  const [reader, eligible, second] = others;
  const role = (name: string, state: SimulatedAzureRole['state'] = 'active'): SimulatedAzureRole[] => [{ role: name, scope: '*', state }];
  return {
    [current.aadObjectId]: role('Owner'),
    ...(reader ? { [reader.aadObjectId]: role('Reader') } : {}),
    ...(eligible ? { [eligible.aadObjectId]: role('Owner', 'eligible') } : {}),
    ...(second ? { [second.aadObjectId]: role('User Access Administrator') } : {}),
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
  const lowerKeys = <T>(byId: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(byId).map(([id, value]) => [id.toLowerCase(), value]));
  return {
    issuer,
    identity: {
      publicKeyPem: issuer.publicKeyPem, audience: issuer.graphAudience, appPermission: 'read', roles: lowerKeys(options.roles),
      armAudience: issuer.armAudience, azureRoles: lowerKeys(options.azureRoles ?? {}), appAzureRole: 'Reader',
    },
    botEnv: { WRITE_MODE: 'delegated', DEV_TOKEN_SERVICE_URL: issuer.url, PIM_ADMIN_IDS: '' },
  };
}
