import type { DemoUser } from '../simulator/seed/directory';
import type { PlaygroundUser } from './playground-user';

/** Graph's "too many global administrators" alert key: its incidents are people holding Global Administrator. */
const GLOBAL_ADMINS_ALERT = 'TooManyGlobalAdminsAssignedToTenantAlert';

/** The Playground's users as users of the simulated directory: object id = aadObjectId, UPN = userPrincipleName. */
export function playgroundDirectoryUsers(users: readonly PlaygroundUser[]): DemoUser[] {
  return users.map((user) => ({ id: user.aadObjectId.toLowerCase(), displayName: user.name, userPrincipalName: user.upn }));
}

/**
 * Makes `user` (the Playground's current user) one of the Global Administrators the simulator's "too many global
 * administrators" alert lists, so Remediate on their own incident shows the self-remediation warning in the demo.
 * A tenant kept from an earlier run may list them already (409): that is fine.
 */
export async function addSelfIncident(simulatorUrl: string, tenantId: string, user: PlaygroundUser): Promise<void> {
  const alertId = `DirectoryRole_${tenantId}_${GLOBAL_ADMINS_ALERT}`;
  const response = await fetch(`${simulatorUrl}/_simulator/alerts/${encodeURIComponent(alertId)}/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ assigneeId: user.aadObjectId.toLowerCase(), assigneeDisplayName: user.name, assigneeUserPrincipalName: user.upn }),
  });
  if (!response.ok && response.status !== 409) throw new Error(`the simulator refused the Playground user's incident: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
}
