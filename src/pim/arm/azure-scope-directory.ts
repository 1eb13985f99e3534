import type { Logger } from '../../logging/logger';
import { readOptionalString, readString } from '../graph/json-fields';
import { readArmList } from './arm-list';
import { ARM_SUBSCRIPTIONS_API_VERSION, armPaths, withApiVersion } from './arm-paths';
import type { ArmTransport } from './arm-transport';
import { subscriptionIdOf, type AzureScope } from './azure-scope';

/** Pages of `GET /subscriptions` read at most (a looping nextLink must not run forever). */
const MAX_SUBSCRIPTION_PAGES = 50;

export interface AzureScopeDirectorySettings {
  /** Configured subscription ids (lower case); empty with `discover` = every subscription the identity can read. */
  readonly subscriptionIds: readonly string[];
  readonly discover: boolean;
  /** How long the subscription list (names, discovery) is kept; default one hour. */
  readonly cacheMs?: number;
  readonly now: () => number;
}

/**
 * The Azure scopes the bot reads, with display names from `GET /subscriptions` (Microsoft.Resources, one call per hour):
 * the configured ones (named when the identity can see them, by id otherwise), or, in discovery mode, every enabled
 * subscription the identity can read. A failed listing keeps the last answer (or the bare configured ids).
 */
export class AzureScopeDirectory {
  private cached?: { readonly at: number; readonly scopes: readonly AzureScope[] };

  constructor(private readonly transport: Pick<ArmTransport, 'send'>, private readonly settings: AzureScopeDirectorySettings, private readonly logger: Logger) {}

  async scopes(): Promise<readonly AzureScope[]> {
    const maxAge = this.settings.cacheMs ?? 3_600_000;
    if (this.cached && this.settings.now() - this.cached.at < maxAge) return this.cached.scopes;
    const visible = await this.visibleSubscriptions().catch((error: unknown) => {
      this.logger.warn('could not list Azure subscriptions; using the configured ids without names', { error });
      return undefined;
    });
    const scopes = this.settings.discover ? visible ?? this.cached?.scopes ?? [] : this.configured(visible);
    this.cached = { at: this.settings.now(), scopes };
    return scopes;
  }

  private configured(visible: readonly AzureScope[] | undefined): AzureScope[] {
    return this.settings.subscriptionIds.map((subscriptionId) => visible?.find((scope) => scope.subscriptionId === subscriptionId) ?? { subscriptionId });
  }

  private async visibleSubscriptions(): Promise<AzureScope[]> {
    const scopes: AzureScope[] = [];
    const list = await readArmList(this.transport, withApiVersion(armPaths.subscriptions(), ARM_SUBSCRIPTIONS_API_VERSION), 'listSubscriptions', MAX_SUBSCRIPTION_PAGES);
    if (list.cutOff) {
      this.logger.warn('Azure subscription list cut off: Resource Manager kept sending pages; subscriptions past them are not watched (name them in AZURE_ALERT_SCOPES)', {
        pages: MAX_SUBSCRIPTION_PAGES,
        subscriptionsRead: list.items.length,
      });
    }
    for (const item of list.items) {
      const subscriptionId = subscriptionIdOf(readString(item, 'subscriptionId'));
      const state = readString(item, 'state', 'Enabled');
      if (subscriptionId && (state === 'Enabled' || !this.settings.discover)) {
        const displayName = readOptionalString(item, 'displayName');
        scopes.push({ subscriptionId, ...(displayName ? { displayName } : {}) });
      }
    }
    return scopes;
  }
}
