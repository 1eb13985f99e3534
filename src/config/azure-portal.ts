/**
 * The Azure portal of the cloud whose Resource Manager the bot reads (`AZURE_RESOURCE_MANAGER_URL`): US Government
 * (`management.usgovcloudapi.net`) → portal.azure.us, China (`management.chinacloudapi.cn`) → portal.azure.cn, otherwise
 * (and for a URL that does not parse, which the Resource Manager setting itself reports) portal.azure.com.
 */
export function defaultAzurePortalUrl(resourceManagerUrl: string | undefined): string {
  let host = '';
  try {
    host = new URL(resourceManagerUrl ?? 'https://management.azure.com').hostname;
  } catch {
    host = '';
  }
  if (host.endsWith('.usgovcloudapi.net')) return 'https://portal.azure.us';
  if (host.endsWith('.chinacloudapi.cn')) return 'https://portal.azure.cn';
  return 'https://portal.azure.com';
}
