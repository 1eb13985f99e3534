import type { Env } from './env-reader';

const KEY_VAULT_REFERENCE = /^\s*@Microsoft\.KeyVault\(/i;

/**
 * Settings whose value is still a Key Vault reference (`@Microsoft.KeyVault(...)`). App Service replaces a
 * reference with the secret when it can read it and leaves the reference text in place when it cannot
 * (identity without access, wrong vault or secret name, no `keyVaultReferenceIdentity`): the bot would
 * then send the reference itself as its password. One problem per such setting, naming only the setting.
 */
export function unresolvedKeyVaultReferences(env: Env): string[] {
  return Object.entries(env)
    .filter(([, value]) => value !== undefined && KEY_VAULT_REFERENCE.test(value))
    .map(([name]) => `${name} is an unresolved Key Vault reference (@Microsoft.KeyVault(...)): App Service could not read the secret. ` +
      'Check the web app\'s Environment variables blade (the setting\'s source shows the Key Vault status): the managed identity named by ' +
      'keyVaultReferenceIdentity needs the Key Vault Secrets User role on the vault, and the vault and secret names must exist.');
}
