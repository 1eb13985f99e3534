/** What the Playground's current user may do, from the bot's own environment (which wins over the dev defaults). */
export function demoRole(aadObjectId: string, env: NodeJS.ProcessEnv): string {
  const id = aadObjectId.toLowerCase();
  const listed = (name: string): string[] => (env[name] ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  if (listed('PIM_ADMIN_IDS').includes(id)) return 'a PIM admin in this demo';
  const adminGroup = env.PIM_ADMIN_GROUP_ID?.trim();
  const readers = listed('PIM_READER_IDS');
  const readerGroup = env.PIM_READER_GROUP_ID?.trim();
  const reads = (readers.length === 0 && !readerGroup) || readers.includes(id);
  const role = reads ? 'a reader, not a PIM admin: PIM_ADMIN_IDS leaves you out' : 'not allowed to read alerts: PIM_READER_IDS and PIM_ADMIN_IDS leave you out';
  return adminGroup || (!reads && readerGroup) ? `${role}, unless a group setting lets you in` : role;
}
