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
 * (`conversation.tenantId`, `channelData.tenant.id`) must be one of them, and it must carry one. A tenant
 * id that is there but is not a non-empty string (an array, an object, a number) is refused, never
 * taken for absent.
 */
export function unservedReason(activity: ActivityOrigin, audience: ServedAudience): string | undefined {
  if (audience.localMode) return undefined;
  if (activity.channelId !== 'msteams') return 'not the Teams channel';
  const tenants = tenantIdsOf(activity);
  if (tenants === 'malformed') return 'malformed tenant id';
  if (tenants.length === 0) return 'no tenant id';
  return tenants.every((tenant) => audience.allowedTenantIds.includes(tenant)) ? undefined : 'another tenant';
}

function tenantIdsOf(activity: ActivityOrigin): string[] | 'malformed' {
  const conversation: unknown = activity.conversation;
  const channelData: unknown = activity.channelData;
  const tenant = isPresent(channelData) && typeof channelData === 'object' ? (channelData as { tenant?: unknown }).tenant : undefined;
  if (isPresent(tenant) && (typeof tenant !== 'object' || Array.isArray(tenant))) return 'malformed';
  const candidates: unknown[] = [
    isPresent(conversation) && typeof conversation === 'object' ? (conversation as { tenantId?: unknown }).tenantId : undefined,
    isPresent(tenant) ? (tenant as { id?: unknown }).id : undefined,
  ];
  const present = candidates.filter(isPresent);
  if (!present.every((id) => typeof id === 'string' && id !== '')) return 'malformed';
  return (present as string[]).map((id) => id.toLowerCase());
}

const isPresent = (value: unknown): boolean => value !== undefined && value !== null;

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
