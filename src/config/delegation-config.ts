import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';
import { isLoopbackUrl } from './loopback';

/**
 * `delegated`: Dismiss, Refresh, Remediate and configuration changes call Graph with the clicking user's
 * own token (Teams SSO), so Graph checks that person's PIM role; the app itself needs only
 * RoleManagementAlert.Read.Directory. `application`: every call uses the app's own permission (as before).
 */
export type WriteMode = 'delegated' | 'application';

export interface DelegationConfig {
  readonly writeMode: WriteMode;
  /** The Azure Bot OAuth connection (AAD v2) whose token service exchanges Teams SSO tokens (OAUTH_CONNECTION_NAME). */
  readonly oauthConnectionName: string;
  /**
   * The second Azure Bot OAuth connection (AAD v2, scope `https://management.azure.com/user_impersonation`) whose token
   * service exchanges the same Teams SSO token for a Resource Manager token: Azure resource alert writes (ARM_OAUTH_CONNECTION_NAME).
   */
  readonly armOauthConnectionName: string;
  /**
   * Local mode only: the dev stack's loopback token service, which stands in for the Bot Framework token
   * service (DEV_TOKEN_SERVICE_URL). Absent: the Bot Framework token service through botbuilder.
   */
  readonly devTokenServiceUrl?: string;
}

const MODES: readonly WriteMode[] = ['delegated', 'application'];
const CONNECTION_NAME = /^[\w .-]{1,100}$/;

/**
 * WRITE_MODE defaults to `delegated` for every install with a Microsoft app id (the Azure template sets it
 * too). In local mode (no app id, no Bot Framework token service) it defaults to `application` unless a
 * loopback DEV_TOKEN_SERVICE_URL is given: `npm run dev` starts one and sets `delegated`.
 */
export function readDelegation(read: EnvReader, bot: AppConfig['bot']): DelegationConfig {
  const devTokenServiceUrl = read.optional('DEV_TOKEN_SERVICE_URL') === undefined ? undefined : read.url('DEV_TOKEN_SERVICE_URL', '');
  const fallback: WriteMode = bot.localMode && devTokenServiceUrl === undefined ? 'application' : 'delegated';
  const config: DelegationConfig = {
    writeMode: read.oneOf('WRITE_MODE', MODES, fallback),
    oauthConnectionName: read.string('OAUTH_CONNECTION_NAME', 'graph'),
    armOauthConnectionName: read.string('ARM_OAUTH_CONNECTION_NAME', 'arm'),
    ...(devTokenServiceUrl ? { devTokenServiceUrl } : {}),
  };
  const checkName = (name: string, value: string): void => {
    if (!CONNECTION_NAME.test(value)) read.problem(`${name} must be an Azure Bot OAuth connection name (letters, digits, space, . _ -; at most 100).`);
  };
  checkName('OAUTH_CONNECTION_NAME', config.oauthConnectionName);
  checkName('ARM_OAUTH_CONNECTION_NAME', config.armOauthConnectionName);
  if (config.oauthConnectionName.toLowerCase() === config.armOauthConnectionName.toLowerCase()) {
    read.problem('ARM_OAUTH_CONNECTION_NAME must name a second OAuth connection (Resource Manager scope), not the Microsoft Graph one (OAUTH_CONNECTION_NAME).');
  }
  if (devTokenServiceUrl !== undefined && (!bot.localMode || !isLoopbackUrl(devTokenServiceUrl))) {
    read.problem('DEV_TOKEN_SERVICE_URL is the dev stack\'s loopback token service: only on loopback and only without MicrosoftAppId (local mode).');
  }
  if (config.writeMode === 'delegated' && bot.localMode && devTokenServiceUrl === undefined) {
    read.problem('WRITE_MODE=delegated without MicrosoftAppId needs DEV_TOKEN_SERVICE_URL (the loopback token service of npm run dev): there is no Bot Framework token service in local mode.');
  }
  if (config.writeMode === 'delegated' && read.boolean('REFRESH_BEFORE_POLL', false)) {
    read.problem('REFRESH_BEFORE_POLL=true makes the app itself start scans, which needs its own RoleManagementAlert.ReadWrite.Directory: only with WRITE_MODE=application.');
  }
  return config;
}
