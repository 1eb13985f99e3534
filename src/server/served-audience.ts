/** The fields of an incoming activity that say where it comes from (botbuilder's Activity has them). */
export interface ActivityOrigin {
  readonly channelId?: string;
  readonly type?: string;
  readonly conversation?: { readonly tenantId?: string };
  readonly channelData?: unknown;
}

/** Who the bot serves: in local mode anyone (Agents Playground), otherwise Teams users of the pinned tenants. */
export interface ServedAudience {
  readonly localMode: boolean;
  /** Lower-case Entra tenant ids (see AppConfig.bot.allowedTenantIds). */
  readonly allowedTenantIds: readonly string[];
}

/**
 * Why an authenticated activity is not served, or undefined when it is. Outside local mode only the
 * Teams channel and the pinned tenants are served; every tenant id the activity carries
 * (`conversation.tenantId`, `channelData.tenant.id`) must be one of them, and it must carry one.
 */
export function unservedReason(activity: ActivityOrigin, audience: ServedAudience): string | undefined {
  if (audience.localMode) return undefined;
  if (activity.channelId !== 'msteams') return 'not the Teams channel';
  const tenants = tenantIdsOf(activity);
  if (tenants.length === 0) return 'no tenant id';
  return tenants.every((tenant) => audience.allowedTenantIds.includes(tenant)) ? undefined : 'another tenant';
}

function tenantIdsOf(activity: ActivityOrigin): string[] {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const candidates: unknown[] = [activity.conversation?.tenantId, channelData?.tenant?.id];
  return candidates.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase());
}

/** What the log may say about an unserved activity's origin (ids, bounded; no text). */
export function originOf(activity: ActivityOrigin): Record<string, string> {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const bounded = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 100) : '-');
  return {
    channelId: bounded(activity.channelId),
    conversationTenantId: bounded(activity.conversation?.tenantId),
    channelDataTenantId: bounded(channelData?.tenant?.id),
    activityType: bounded(activity.type),
  };
}
