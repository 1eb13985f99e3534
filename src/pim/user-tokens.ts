/**
 * A signed-in user's bearer tokens for one write (WRITE_MODE=delegated), by the API they are for:
 * Microsoft Graph (Entra role alerts) and Azure Resource Manager (Azure resource alerts). A write
 * carries only those it needs; never logged, stored or shown.
 */
export interface UserTokens {
  readonly graph?: string;
  readonly arm?: string;
}
