import type { GroupMembershipChecker } from '../../../src/auth/group-membership';
import type { UserDirectory } from '../../../src/directory/user-directory';
import { FakeUserDirectory } from './fake-user-directory';
import { silentLogger } from '../../../src/logging/json-logger';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import type { Storage } from '../../../src/storage/storage';
import { createTriage, type TriageServices } from '../../../src/triage/triage-services';

export const TEST_PORTAL = 'https://entra.example.test';
export const TEST_AZURE_PORTAL = 'https://portal.azure.example.test';

/** Real triage services on in-memory storage (or the given one), with an optional membership checker and a fake directory. */
export function makeTriage(options: { storage?: Storage; groups?: GroupMembershipChecker; users?: UserDirectory; now?: () => number } = {}): TriageServices {
  return createTriage({
    storage: options.storage ?? new MemoryStorage(), groups: options.groups, users: options.users ?? new FakeUserDirectory(), entraPortalUrl: TEST_PORTAL, azurePortalUrl: TEST_AZURE_PORTAL,
    logger: silentLogger, now: options.now ?? Date.now,
  });
}

/** Group membership from a fixed table `groupId → member user ids` (transitivity is the checker's job in production). */
export function fixedGroups(members: Readonly<Record<string, readonly string[]>>): GroupMembershipChecker & { calls: number } {
  const checker = {
    calls: 0,
    isMember(userObjectId: string, groupId: string): Promise<boolean> {
      checker.calls += 1;
      return Promise.resolve((members[groupId.toLowerCase()] ?? []).includes(userObjectId.toLowerCase()));
    },
  };
  return checker;
}
