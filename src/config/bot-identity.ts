import type { AppConfig } from './app-config';
import { readBotCloud } from './bot-cloud';
import { GUID } from '../pim/ids';
import type { EnvReader } from './env-reader';

type BotConfig = AppConfig['bot'];
const APP_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;

/**
 * The bot's Microsoft app identity and the tenants it serves. No app id: local mode (no auth, no
 * tenant pinning). Otherwise the id must be a GUID with a credential for its type; SingleTenant (the
 * default) and UserAssignedMSI serve MicrosoftAppTenantId only, MultiTenant only ALLOWED_TENANT_IDS.
 */
export function readBotIdentity(read: EnvReader): BotConfig {
  const appId = read.string('MicrosoftAppId');
  const bot: BotConfig = {
    appId,
    appPassword: read.string('MicrosoftAppPassword'),
    appType: read.oneOf('MicrosoftAppType', APP_TYPES, 'SingleTenant'),
    appTenantId: read.guid('MicrosoftAppTenantId') ?? '',
    allowedTenantIds: [],
    localMode: appId === '',
    cloud: readBotCloud(read),
  };
  if (bot.localMode) return bot;
  checkAppId(read, bot);
  return { ...bot, allowedTenantIds: servedTenants(read, bot) };
}

function checkAppId(read: EnvReader, bot: BotConfig): void {
  if (!GUID.test(bot.appId)) read.problem(`MicrosoftAppId must be the bot's Microsoft app id, a GUID (got "${bot.appId.slice(0, 60)}").`);
  if (bot.appType === 'UserAssignedMSI') {
    if (bot.appPassword !== '') read.problem('MicrosoftAppPassword must not be set with MicrosoftAppType=UserAssignedMSI (the managed identity is the credential).');
  } else if (bot.appPassword === '') {
    read.problem(`MicrosoftAppId is set but MicrosoftAppPassword is not: a ${bot.appType} bot needs its client secret (or use MicrosoftAppType=UserAssignedMSI).`);
  }
}

function servedTenants(read: EnvReader, bot: BotConfig): readonly string[] {
  const allowed = read.list('ALLOWED_TENANT_IDS', GUID, 'Entra tenant ids (GUIDs)').map((id) => id.toLowerCase());
  if (bot.appType === 'MultiTenant') {
    if (read.optional('ALLOWED_TENANT_IDS') === undefined) {
      read.problem('MicrosoftAppType=MultiTenant needs ALLOWED_TENANT_IDS, the Entra tenant ids whose users this bot serves (it only reads one tenant\'s PIM alerts).');
    }
    return allowed;
  }
  if (bot.appTenantId === '') read.problem(`MicrosoftAppType=${bot.appType} needs MicrosoftAppTenantId, the bot's Entra tenant id (a GUID).`);
  if (read.optional('ALLOWED_TENANT_IDS') !== undefined) {
    read.problem(`ALLOWED_TENANT_IDS is only for MicrosoftAppType=MultiTenant; a ${bot.appType} bot serves MicrosoftAppTenantId only.`);
  }
  return bot.appTenantId === '' ? [] : [bot.appTenantId];
}
