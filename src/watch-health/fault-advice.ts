import { GUID } from '../pim/ids';
import type { WatchFault } from './watch-fault';

/** Where the links on a health card point: the bot's tenant and app, its cloud, and the runbook. */
export interface AdviceContext {
  /** `AZURE_AUTHORITY_HOST`, e.g. https://login.microsoftonline.com (its cloud picks the Azure portal). */
  readonly authorityHost: string;
  readonly tenantId?: string;
  readonly clientId?: string;
  /** `WATCH_HEALTH_RUNBOOK_URL`: the README's runbook as published for this deployment. */
  readonly runbookUrl?: string;
}

export interface FaultLink {
  readonly title: string;
  readonly url: string;
}

/** What a person reads and can do about one fault. */
export interface FaultAdvice {
  readonly title: string;
  readonly what: string;
  readonly todo: string;
  readonly links: readonly FaultLink[];
}


/** The runbook anchor of each fault in the README ("Runbook: watch health"). */
const RUNBOOK_ANCHOR: Record<WatchFault, string> = {
  permission: 'not-watching-permission', credential: 'not-watching-credential', graphOutage: 'not-watching-graph-outage',
  storage: 'not-watching-storage', noLeader: 'not-watching-no-leader', unknown: 'not-watching-unknown',
};

export function faultAdvice(fault: WatchFault, context: AdviceContext): FaultAdvice {
  const runbook = context.runbookUrl ? [{ title: 'Runbook', url: `${context.runbookUrl}#${RUNBOOK_ANCHOR[fault]}` }] : [];
  const text = FAULT_TEXT[fault];
  return { ...text, links: [...faultLinks(fault, context), ...runbook] };
}

const FAULT_TEXT: Record<WatchFault, Omit<FaultAdvice, 'links'>> = {
  permission: {
    title: 'Not watching PIM alerts: permission refused',
    what: 'Microsoft Graph refuses the bot (403): the admin consent for RoleManagementAlert.Read.Directory is missing or was revoked.',
    todo: 'A Global or Privileged Role Administrator grants admin consent to the bot\'s app registration again.',
  },
  credential: {
    title: 'Not watching PIM alerts: credential failure',
    what: 'The bot cannot get a token for Microsoft Graph, or Graph rejects it (401): the client secret or certificate expired, or the managed or federated identity changed.',
    todo: 'Add a new secret or certificate to the app registration (or fix the identity) and update the bot\'s settings; then restart it.',
  },
  graphOutage: {
    title: 'Not watching PIM alerts: Microsoft Graph unavailable',
    what: 'Microsoft Graph keeps answering with server errors, throttling or timeouts.',
    todo: 'Check Microsoft 365 service health. The bot keeps retrying and says here when it watches again; nothing to change on the bot.',
  },
  storage: {
    title: 'Not watching PIM alerts: storage unreachable',
    what: 'The bot cannot reach its storage account (Azure Table and Blob): it cannot read its snapshot, so no instance polls.',
    todo: 'Check the storage account (is it there, its firewall, the managed identity\'s Storage Table/Blob Data Contributor roles).',
  },
  noLeader: {
    title: 'Not watching PIM alerts: no instance is polling',
    what: 'No instance has polled: none could take the lead (the lease cannot be obtained) or the leader stopped.',
    todo: 'Check the App Service (is it running, are instances restarting) and the bot\'s log for "leader lease request failed".',
  },
  unknown: {
    title: 'Not watching PIM alerts',
    what: 'The watcher\'s polls keep failing for a reason the bot does not recognise.',
    todo: 'Read the bot\'s log ("watcher poll failed") and the runbook.',
  },
};

function faultLinks(fault: WatchFault, context: AdviceContext): FaultLink[] {
  const portal = azurePortal(context.authorityHost);
  const app = context.clientId && GUID.test(context.clientId) ? encodeURIComponent(context.clientId) : undefined;
  const tenant = context.tenantId && GUID.test(context.tenantId) ? encodeURIComponent(context.tenantId) : 'organizations';
  switch (fault) {
    case 'permission':
      return app ? [{ title: 'Grant admin consent', url: `${trim(context.authorityHost)}/${tenant}/adminconsent?client_id=${app}` }] : [];
    case 'credential':
      return app ? [{ title: 'App registration credentials', url: `${portal}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${app}` }] : [];
    case 'graphOutage':
      return [{ title: 'Service health', url: 'https://admin.microsoft.com/#/servicehealth' }];
    case 'storage':
      return [{ title: 'Storage accounts', url: `${portal}/#browse/Microsoft.Storage%2FStorageAccounts` }];
    case 'noLeader':
      return [{ title: 'App Services', url: `${portal}/#browse/Microsoft.Web%2Fsites` }];
    case 'unknown':
      return [];
  }
}

/** The Azure portal of the authority's cloud (US Government, China or public). */
function azurePortal(authorityHost: string): string {
  const host = new URL(authorityHost).hostname;
  if (host.endsWith('.us')) return 'https://portal.azure.us';
  if (host.endsWith('.cn')) return 'https://portal.azure.cn';
  return 'https://portal.azure.com';
}

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}
