import type { AppConfig } from '../config/app-config';
import { GUID } from '../pim/ids';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { AccessDecision, AccessLevel, AccessPolicy, ActingUser } from './access';
import { CachedMembershipChecker } from './cached-membership';
import type { GroupMembershipChecker } from './group-membership';
import { REFUSALS } from './refusal-messages';

export interface AccessPolicyDeps {
  readonly access: AppConfig['access'];
  /** Needed when PIM_ADMIN_GROUP_ID or PIM_READER_GROUP_ID is set. */
  readonly graph?: GroupMembershipChecker;
  readonly logger: Logger;
  readonly now?: () => number;
  /**
   * WRITE_MODE=delegated: Graph checks each writer's own PIM role, so without PIM_ADMIN_IDS /
   * PIM_ADMIN_GROUP_ID every identified user may try a write; when set, they are an extra gate.
   */
  readonly delegated?: boolean;
}

type Membership = 'member' | 'notMember' | 'unknown';

const ALLOWED: AccessDecision = Object.freeze({ allowed: true });
const refuse = (reason: string): AccessDecision => Object.freeze({ allowed: false, reason });

/**
 * Writes: users in PIM_ADMIN_IDS or (transitive) members of PIM_ADMIN_GROUP_ID; when neither is set,
 * nobody (application mode) or any identified user, for Graph to decide (delegated mode). Reads: anyone, unless PIM_READER_IDS / PIM_READER_GROUP_ID restrict them (admins always read).
 * A failed membership lookup refuses (and is logged); it never throws.
 */
export function createAccessPolicy(deps: AccessPolicyDeps): AccessPolicy {
  const { access } = deps;
  const needsGraph = access.adminGroupId !== undefined || access.readerGroupId !== undefined;
  if (needsGraph && !deps.graph) {
    throw new AppError('configuration', {
      userMessage: 'PIM_ADMIN_GROUP_ID / PIM_READER_GROUP_ID need Microsoft Graph to check group membership.',
    });
  }
  const logger = deps.logger.child('access');
  const groups = deps.graph && new CachedMembershipChecker(deps.graph, { ttlSeconds: access.groupCacheSeconds, now: deps.now });
  const adminIds = new Set(access.adminIds.map((id) => id.toLowerCase()));
  const readerIds = new Set(access.readerIds.map((id) => id.toLowerCase()));

  async function inGroup(objectId: string, groupId: string | undefined): Promise<Membership> {
    if (groupId === undefined || !groups) return 'notMember';
    try {
      return (await groups.isMember(objectId, groupId)) ? 'member' : 'notMember';
    } catch (error: unknown) {
      logger.warn('group membership check failed; refusing', { userObjectId: objectId, error });
      return 'unknown';
    }
  }

  async function checkWrite(objectId: string | undefined): Promise<AccessDecision> {
    const noAllowList = adminIds.size === 0 && access.adminGroupId === undefined;
    if (noAllowList && !deps.delegated) return refuse(REFUSALS.readOnly);
    if (objectId === undefined) return refuse(REFUSALS.unknownUserWrite);
    if (noAllowList) return ALLOWED;
    if (adminIds.has(objectId)) return ALLOWED;
    const admin = await inGroup(objectId, access.adminGroupId);
    if (admin === 'member') return ALLOWED;
    return refuse(admin === 'unknown' ? REFUSALS.membershipUnavailable : REFUSALS.notAdmin);
  }

  async function checkRead(objectId: string | undefined): Promise<AccessDecision> {
    if (readerIds.size === 0 && access.readerGroupId === undefined) return ALLOWED;
    if (objectId === undefined) return refuse(REFUSALS.unknownUserRead);
    if (readerIds.has(objectId) || adminIds.has(objectId)) return ALLOWED;
    const reader = await inGroup(objectId, access.readerGroupId);
    if (reader === 'member') return ALLOWED;
    const admin = await inGroup(objectId, access.adminGroupId);
    if (admin === 'member') return ALLOWED;
    const unknown = reader === 'unknown' || admin === 'unknown';
    return refuse(unknown ? REFUSALS.membershipUnavailable : REFUSALS.notReader);
  }

  return {
    async check(user: ActingUser, level: AccessLevel): Promise<AccessDecision> {
      const objectId = objectIdOf(user);
      const decision = level === 'write' ? await checkWrite(objectId) : await checkRead(objectId);
      if (!decision.allowed) logger.info('access refused', { access: level, userObjectId: objectId ?? null, userId: String(user.id).slice(0, 100) });
      return decision;
    },
  };
}

/** The user's Entra object id when Teams sent a well-formed one; anything else is an unknown user. */
function objectIdOf(user: ActingUser): string | undefined {
  const id = user.aadObjectId;
  return typeof id === 'string' && GUID.test(id) ? id.toLowerCase() : undefined;
}
