import type { AccessDecision, AccessLevel, AccessPolicy, ActingUser } from '../auth/access';
import type { KnownAdmins } from '../auth/known-admins';

/**
 * The access policy, learning administrators on the way: whoever passes a write check is remembered
 * (by Teams id) for the user-specific views of shared cards.
 */
export function recordingAdmins(policy: AccessPolicy, knownAdmins: KnownAdmins): AccessPolicy {
  return {
    async check(user: ActingUser, level: AccessLevel): Promise<AccessDecision> {
      const decision = await policy.check(user, level);
      if (level === 'write' && decision.allowed) await knownAdmins.remember(user);
      return decision;
    },
  };
}
