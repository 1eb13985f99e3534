import {
  ClientAssertionCredential, ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, WorkloadIdentityCredential, type TokenCredential,
} from '@azure/identity';
import type { AppConfig } from '../../config/app-config';
import { AppError } from '../../errors/app-error';
import { trimBaseUrl } from './graph-links';

type GraphConfig = AppConfig['graph'];

/** The token scope for the configured cloud: `https://graph.microsoft.us/.default` for GCC High, etc. */
export function graphScope(graph: GraphConfig): string {
  return `${new URL(`${trimBaseUrl(graph.baseUrl)}/`).origin}/.default`;
}

/** The Azure credential the configuration names, or null for `none` (loopback simulator only). */
export function createTokenCredential(graph: GraphConfig): TokenCredential | null {
  const options = { authorityHost: graph.authorityHost };
  switch (graph.credential) {
    case 'none':
      return null;
    case 'clientSecret':
      return new ClientSecretCredential(required(graph.tenantId, 'AZURE_TENANT_ID'), required(graph.clientId, 'AZURE_CLIENT_ID'),
        required(graph.clientSecret, 'AZURE_CLIENT_SECRET'), options);
    case 'clientCertificate':
      return new ClientCertificateCredential(required(graph.tenantId, 'AZURE_TENANT_ID'), required(graph.clientId, 'AZURE_CLIENT_ID'),
        required(graph.clientCertificatePath, 'AZURE_CLIENT_CERTIFICATE_PATH'), options);
    case 'managedIdentity':
      return graph.clientId
        ? new ManagedIdentityCredential({ clientId: graph.clientId, ...options })
        : new ManagedIdentityCredential(options);
    case 'managedIdentityFederation':
      return managedIdentityFederation(graph, options);
    case 'workloadIdentity':
      return new WorkloadIdentityCredential({
        tenantId: required(graph.tenantId, 'AZURE_TENANT_ID'), clientId: required(graph.clientId, 'AZURE_CLIENT_ID'),
        tokenFilePath: required(graph.federatedTokenFile, 'AZURE_FEDERATED_TOKEN_FILE'), ...options,
      });
  }
}

/**
 * The app registration's credential is a token of the user-assigned managed identity (a federated identity
 * credential of the registration: issuer `<authority>/<tenant>/v2.0`, subject the identity's object id,
 * audience `tokenExchangeAudience`). No secret exists: Entra exchanges the identity's token for the app's.
 */
function managedIdentityFederation(graph: GraphConfig, options: { authorityHost: string }): TokenCredential {
  const identity = new ManagedIdentityCredential({ clientId: required(graph.managedIdentityClientId, 'MANAGED_IDENTITY_CLIENT_ID'), ...options });
  const assertion = async (): Promise<string> => {
    const token = await identity.getToken(`${graph.tokenExchangeAudience}/.default`);
    if (!token) throw new AppError('graphUnavailable', { userMessage: 'The managed identity returned no token for the federated credential.' });
    return token.token;
  };
  return new ClientAssertionCredential(required(graph.tenantId, 'AZURE_TENANT_ID'), required(graph.clientId, 'AZURE_CLIENT_ID'), assertion, options);
}

function required(value: string | undefined, variable: string): string {
  if (!value) throw new AppError('configuration', { userMessage: `${variable} is required for this GRAPH_CREDENTIAL.` });
  return value;
}
