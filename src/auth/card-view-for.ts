import type { CardViewOptions } from '../cards/render-alert-card';
import type { AccessPolicy, ActingUser } from './access';
import type { KnownAdmins } from './known-admins';

/**
 * How cards look for one user: write buttons only for users who may write. Learns administrators'
 * Teams ids for user-specific card refresh. Showing is cosmetic: every action is checked again.
 */
export function createCardViewFor(policy: AccessPolicy, knownAdmins?: KnownAdmins): (user: ActingUser) => Promise<CardViewOptions> {
  return async (user) => {
    const decision = await policy.check(user, 'write');
    if (decision.allowed) await knownAdmins?.remember(user);
    else await knownAdmins?.forget(user.id);
    return { actionsVisible: decision.allowed };
  };
}
