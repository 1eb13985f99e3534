/** The admin center of the cloud whose Graph the bot uses: US Government Graph hosts → entra.microsoft.us. */
export function defaultEntraPortalUrl(graphBaseUrl: string): string {
  const host = new URL(graphBaseUrl).hostname;
  return host.endsWith('.microsoft.us') ? 'https://entra.microsoft.us' : 'https://entra.microsoft.com';
}
