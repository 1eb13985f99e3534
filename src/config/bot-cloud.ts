import type { EnvReader } from './env-reader';

/** botbuilder's value that selects its built-in US Government (GCC High / DoD) endpoints. */
export const US_GOV_CHANNEL_SERVICE = 'https://botframework.azure.us';

/**
 * The Bot Framework cloud (national clouds), passed through to botbuilder's
 * ConfigurationBotFrameworkAuthentication under the same names. All unset: the public cloud.
 */
export interface BotCloudConfig {
  readonly channelService?: string;
  readonly oAuthUrl?: string;
  readonly toChannelFromBotLoginUrl?: string;
  readonly toChannelFromBotOAuthScope?: string;
  readonly toBotFromChannelTokenIssuer?: string;
  readonly toBotFromChannelOpenIdMetadataUrl?: string;
  readonly toBotFromEmulatorOpenIdMetadataUrl?: string;
  readonly callerId?: string;
  readonly validateAuthority?: boolean;
}

/** Any of these switches botbuilder to "every endpoint explicit"; then these must all be set. */
const REQUIRED_WHEN_EXPLICIT = [
  'ToChannelFromBotLoginUrl', 'ToChannelFromBotOAuthScope', 'ToBotFromChannelTokenIssuer',
  'ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl',
] as const;
const EXPLICIT = [...REQUIRED_WHEN_EXPLICIT, 'OAuthUrl', 'CallerId'] as const;

const optionalUrl = (read: EnvReader, name: string): string | undefined => (read.optional(name) === undefined ? undefined : read.url(name, '') || undefined);

export function readBotCloud(read: EnvReader): BotCloudConfig {
  const explicit = EXPLICIT.filter((name) => read.optional(name) !== undefined);
  const missing = REQUIRED_WHEN_EXPLICIT.filter((name) => read.optional(name) === undefined);
  if (explicit.length > 0 && missing.length > 0) {
    read.problem(`${explicit.join(', ')} set: then ${missing.join(', ')} must be set too (botbuilder uses no defaults once any endpoint is given).`);
  }
  const channelService = read.optional('ChannelService');
  if (channelService !== undefined && channelService !== US_GOV_CHANNEL_SERVICE && explicit.length === 0) {
    read.problem(`ChannelService must be ${US_GOV_CHANNEL_SERVICE} (US Government) or unset, unless every endpoint is set.`);
  }
  return {
    channelService,
    oAuthUrl: optionalUrl(read, 'OAuthUrl'),
    toChannelFromBotLoginUrl: optionalUrl(read, 'ToChannelFromBotLoginUrl'),
    toChannelFromBotOAuthScope: read.optional('ToChannelFromBotOAuthScope'),
    toBotFromChannelTokenIssuer: read.optional('ToBotFromChannelTokenIssuer'),
    toBotFromChannelOpenIdMetadataUrl: optionalUrl(read, 'ToBotFromChannelOpenIdMetadataUrl'),
    toBotFromEmulatorOpenIdMetadataUrl: optionalUrl(read, 'ToBotFromEmulatorOpenIdMetadataUrl'),
    callerId: read.optional('CallerId'),
    validateAuthority: read.optional('ValidateAuthority') === undefined ? undefined : read.boolean('ValidateAuthority', true),
  };
}
