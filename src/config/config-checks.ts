import type { AppConfig } from './app-config';
import { isLoopbackHost, isLoopbackUrl } from './loopback';

/** Problems that span several settings; each names what to set. Empty when the configuration is coherent. */
export function configProblems(config: AppConfig): string[] {
  return [...localModeProblems(config), ...graphCredentialProblems(config.graph), ...serverLimitProblems(config.server)];
}

/** Node refuses a `requestTimeout` below `headersTimeout`; a body timeout past it would never fire. */
function serverLimitProblems(server: AppConfig['server']): string[] {
  const problems: string[] = [];
  if (server.maxPendingBodyBytes < server.maxBodyBytes) {
    problems.push(`MAX_PENDING_BODY_BYTES (${server.maxPendingBodyBytes}) must be at least MAX_BODY_BYTES (${server.maxBodyBytes}).`);
  }
  if (server.requestTimeoutMs < Math.max(server.headersTimeoutMs, server.bodyTimeoutMs)) {
    problems.push('REQUEST_TIMEOUT_SECONDS must be at least HEADERS_TIMEOUT_SECONDS and BODY_TIMEOUT_SECONDS.');
  }
  return problems;
}

/** Local mode answers unauthenticated requests: only acceptable when nothing but this machine can reach it. */
function localModeProblems({ bot, server, graph }: AppConfig): string[] {
  if (!bot.localMode) return [];
  const problems: string[] = [];
  if (!isLoopbackHost(server.host)) {
    problems.push(`HOST is ${server.host} but MicrosoftAppId is empty (local mode, requests are not authenticated): bind to 127.0.0.1, or set MicrosoftAppId and its credential.`);
  }
  if (!isLoopbackUrl(graph.baseUrl)) {
    problems.push(`GRAPH_BASE_URL is ${graph.baseUrl} but MicrosoftAppId is empty (local mode, anyone could act on real PIM alerts): use the simulator on loopback, or set MicrosoftAppId and its credential.`);
  }
  return problems;
}

function graphCredentialProblems(graph: AppConfig['graph']): string[] {
  const need = (ok: boolean, what: string): string[] => (ok ? [] : [`GRAPH_CREDENTIAL=${graph.credential} needs ${what}.`]);
  switch (graph.credential) {
    case 'none':
      return isLoopbackUrl(graph.baseUrl) ? [] : [
        `GRAPH_BASE_URL is ${graph.baseUrl} but no Graph credential is configured: set AZURE_TENANT_ID, AZURE_CLIENT_ID ` +
        'and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), or GRAPH_CREDENTIAL=managedIdentity / managedIdentityFederation / workloadIdentity.',
      ];
    case 'clientSecret':
      return need(!!graph.tenantId && !!graph.clientId && !!graph.clientSecret, 'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET');
    case 'clientCertificate':
      return need(!!graph.tenantId && !!graph.clientId && !!graph.clientCertificatePath, 'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_CERTIFICATE_PATH');
    case 'workloadIdentity':
      return need(!!graph.tenantId && !!graph.clientId && !!graph.federatedTokenFile, 'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE');
    case 'managedIdentityFederation':
      return need(!!graph.tenantId && !!graph.clientId && !!graph.managedIdentityClientId,
        'AZURE_TENANT_ID, AZURE_CLIENT_ID (the app registration) and MANAGED_IDENTITY_CLIENT_ID (the user-assigned identity it trusts)');
    case 'managedIdentity':
      return [];
  }
}
