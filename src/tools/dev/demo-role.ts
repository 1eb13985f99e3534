import type { SimulatedRole } from '../simulator/http/caller-check';

/**
 * What the Playground's current user may do, from the bot's own environment (which wins over the dev defaults).
 * With WRITE_MODE=delegated and no admin allow-list, Graph decides each change by the writer's own role: `roles`
 * are the user's simulated Entra roles.
 */
export function demoRole(aadObjectId: string, env: NodeJS.ProcessEnv, roles: readonly SimulatedRole[] = []): string {
  const id = aadObjectId.toLowerCase();
  const listed = (name: string): string[] => (env[name] ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  if (listed('PIM_ADMIN_IDS').includes(id)) return 'a PIM admin in this demo';
  const adminGroup = env.PIM_ADMIN_GROUP_ID?.trim();
  if (env.WRITE_MODE?.trim().toLowerCase() === 'delegated' && listed('PIM_ADMIN_IDS').length === 0 && !adminGroup) return delegatedRole(roles);
  const readers = listed('PIM_READER_IDS');
  const readerGroup = env.PIM_READER_GROUP_ID?.trim();
  const reads = (readers.length === 0 && !readerGroup) || readers.includes(id);
  const role = reads ? 'a reader, not a PIM admin: PIM_ADMIN_IDS leaves you out' : 'not allowed to read alerts: PIM_READER_IDS and PIM_ADMIN_IDS leave you out';
  return adminGroup || (!reads && readerGroup) ? `${role}, unless a group setting lets you in` : role;
}

/** In delegated mode everyone may try a change; the simulated tenant lets it through only for an active Privileged Role Administrator. */
function delegatedRole(roles: readonly SimulatedRole[]): string {
  const held = (state: SimulatedRole['state']): boolean => roles.some((item) => item.role === 'Privileged Role Administrator' && item.state === state);
  if (held('active')) return 'a PIM admin in this demo: an active Privileged Role Administrator, and your changes run as you';
  if (held('eligible')) return 'eligible for Privileged Role Administrator, not active: a change is refused until you activate it';
  return 'signed in as yourself, without a role that lets you change alerts: a change is refused';
}
