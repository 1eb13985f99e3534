import type { UseCaseDeps } from '../../../src/use-cases/use-case-deps';
import { AlertCache } from '../../../src/use-cases/alert-cache';
import { InFlightLocks } from '../../../src/use-cases/in-flight-locks';
import { BackgroundTasks } from '../../../src/use-cases/background-tasks';
import { silentLogger } from '../../../src/logging/json-logger';
import { allAlerts } from './alert-fixtures';
import { makeAppStores } from './app-stores';
import { FakePimAlerts } from './fake-pim-alerts';
import { FixedAccessPolicy } from './fixed-access-policy';
import { MemoryAuditLog } from './memory-audit-log';
import { PostedNotifications } from './posted-notifications';
import { ADMIN } from './recording-turn';
import { applicationWrites } from '../../../src/delegation/write-credentials';

export const NOW = new Date('2026-11-23T12:00:00Z');

export interface TestUseCaseDeps extends UseCaseDeps {
  readonly pim: FakePimAlerts;
  readonly audit: MemoryAuditLog;
  readonly access: FixedAccessPolicy;
  /** Notifications as the bot posted them (what "I'm on it" and the own view redraw). */
  readonly posted: PostedNotifications;
}

/** Use-case dependencies over fakes: every alert type, ADMIN may write, a fixed clock, everyone sees write buttons. */
export function makeUseCaseDeps(overrides: Partial<TestUseCaseDeps> = {}): TestUseCaseDeps {
  const pim = overrides.pim ?? new FakePimAlerts(allAlerts());
  const posted = overrides.posted ?? new PostedNotifications();
  return {
    posted,
    announcements: posted.reader,
    pim,
    writes: applicationWrites(pim),
    access: new FixedAccessPolicy([ADMIN.id]),
    audit: new MemoryAuditLog(),
    logger: silentLogger,
    background: new BackgroundTasks(silentLogger),
    locks: new InFlightLocks(),
    now: () => NOW.getTime(),
    refreshTimeoutMs: 5000,
    alertCache: new AlertCache(),
    viewFor: () => Promise.resolve({ actionsVisible: true }),
    refreshUserIds: () => [],
    ...makeAppStores(undefined, () => NOW.getTime()),
    ...overrides,
  };
}
