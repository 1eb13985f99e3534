import type { FlowDeps } from '../../../src/actions/flows/flow-deps';
import { InFlightLocks } from '../../../src/actions/flows/in-flight-locks';
import { BackgroundTasks } from '../../../src/bot/background-tasks';
import { silentLogger } from '../../../src/logging/json-logger';
import { allAlerts } from './alert-fixtures';
import { FakePimAlerts } from './fake-pim-alerts';
import { FixedAccessPolicy } from './fixed-access-policy';
import { MemoryAuditLog } from './memory-audit-log';
import { ADMIN } from './recording-turn';

export const NOW = new Date('2026-11-23T12:00:00Z');

export interface TestFlowDeps extends FlowDeps {
  readonly pim: FakePimAlerts;
  readonly audit: MemoryAuditLog;
  readonly access: FixedAccessPolicy;
}

/** Handler dependencies over fakes: every alert type, ADMIN may write, a fixed clock. */
export function makeFlowDeps(overrides: Partial<TestFlowDeps> = {}): TestFlowDeps {
  return {
    pim: new FakePimAlerts(allAlerts()),
    access: new FixedAccessPolicy([ADMIN.id]),
    audit: new MemoryAuditLog(),
    logger: silentLogger,
    background: new BackgroundTasks(silentLogger),
    locks: new InFlightLocks(),
    now: () => NOW,
    refreshTimeoutMs: 5000,
    ...overrides,
  };
}
