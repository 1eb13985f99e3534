import type { ErrorCode } from '../errors/error-codes';
import type { UserTokens } from '../pim/user-tokens';

export type { UserTokens } from '../pim/user-tokens';

/**
 * Which API a user's delegated token is for: Microsoft Graph (Entra role alerts: the OAuth connection
 * OAUTH_CONNECTION_NAME) or Azure Resource Manager (Azure resource alerts: ARM_OAUTH_CONNECTION_NAME).
 */
export type TokenResource = keyof UserTokens;

/** What a write throws when the user has no usable token for the resource: each asks for its own connection's sign-in. */
export const SIGN_IN_CODE: Readonly<Record<TokenResource, Extract<ErrorCode, 'signInRequired' | 'azureSignInRequired'>>> = {
  graph: 'signInRequired',
  arm: 'azureSignInRequired',
};

/** The resource whose sign-in an error code asks for, if it asks for one. */
export function signInResourceOf(code: string): TokenResource | undefined {
  if (code === SIGN_IN_CODE.graph) return 'graph';
  if (code === SIGN_IN_CODE.arm) return 'arm';
  return undefined;
}
