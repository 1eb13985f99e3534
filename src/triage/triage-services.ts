import type { GroupMembershipChecker } from '../auth/group-membership';
import type { UserDirectory } from '../directory/user-directory';
import { AppError } from '../errors/app-error';
import { PortalLinks } from '../cards/portal-links';
import type { Logger } from '../logging/logger';
import type { Storage } from '../storage/storage';
import { ExclusionMatcher } from './exclusion-matcher';
import { ExclusionStore } from './exclusion-store';
import { NotificationFilter } from './notification-filter';
import { OwnerStore } from './owner-store';
import { SnoozeStore } from './snooze-store';

/** Snoozes, exclusions, owners and deep links: what commands, card actions, cards and the watcher share. */
export interface TriageServices {
  readonly snoozes: SnoozeStore;
  readonly exclusions: ExclusionStore;
  readonly matcher: ExclusionMatcher;
  readonly owners: OwnerStore;
  readonly links: PortalLinks;
  readonly filter: NotificationFilter;
  /** Users in Entra: `exclude user` resolves the UPN or object id here before excluding. */
  readonly users: UserDirectory;
}

export interface TriageDeps {
  readonly storage: Storage;
  /** Transitive group membership (Graph checkMemberGroups) for group exclusions; without it group exclusions show as not checked. */
  readonly groups?: GroupMembershipChecker;
  /** Graph `GET /users/{id | upn}`; without it every `exclude user` says the directory could not be checked. */
  readonly users?: UserDirectory;
  readonly entraPortalUrl: string;
  /** Azure portal for Azure resource alerts' links; default https://portal.azure.com. */
  readonly azurePortalUrl?: string;
  readonly logger: Logger;
  readonly now: () => number;
}

export function createTriage(deps: TriageDeps): TriageServices {
  const logger = deps.logger.child('triage');
  const snoozes = new SnoozeStore(deps.storage);
  const exclusions = new ExclusionStore(deps.storage);
  const matcher = new ExclusionMatcher(exclusions, deps.groups, logger);
  return {
    snoozes, exclusions, matcher,
    owners: new OwnerStore(deps.storage),
    links: new PortalLinks(deps.entraPortalUrl, deps.azurePortalUrl ?? 'https://portal.azure.com'),
    filter: new NotificationFilter(snoozes, matcher, logger, deps.now),
    users: deps.users ?? NO_DIRECTORY,
  };
}

const NO_DIRECTORY: UserDirectory = {
  findUser: () => Promise.reject(new AppError('configuration', { userMessage: 'This installation has no directory lookup configured.' })),
};
