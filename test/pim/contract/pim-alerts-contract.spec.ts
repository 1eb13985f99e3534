import { silentLogger } from '../../../src/logging/json-logger';
import type { AppConfig } from '../../../src/config/app-config';
import { createAlertSource } from '../../../src/pim/create-alert-source';
import { DEMO_SUBSCRIPTIONS } from '../../../src/tools/simulator/arm/arm-seed';
import { SkippingClock } from '../../support/fakes/skipping-clock';
import { graphTestConfig } from '../support/graph-test-config';
import { pimAlertsContract, type ContractWorld } from '../support/pim-alerts-contract';
import { alertId, SimulatorHarness } from '../support/simulator-harness';

const SUB = DEMO_SUBSCRIPTIONS[0]?.subscriptionId ?? '';
const azureId = (key: string): string => `Subscription_${SUB}_${key}`;

function armConfig(url: string): AppConfig {
  return {
    graph: graphTestConfig(url), azureResources: { resourceManagerUrl: url, subscriptionIds: [SUB], discover: false },
  } as unknown as AppConfig;
}

function worldOn(sim: SimulatorHarness, fields: Omit<ContractWorld, 'addIncidents' | 'fault' | 'reset' | 'client'>, client: ContractWorld['client'], addPath: (id: string) => string): ContractWorld {
  return {
    ...fields, client,
    addIncidents: async (id, count) => { await sim.control('POST', addPath(id), { count }); },
    fault: async (fault) => { await sim.fault(fault); },
    reset: () => sim.reset(),
  };
}

describe('PimAlerts contract suite on the simulator', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(2, 200));
  after(() => sim.stop());

  pimAlertsContract('Microsoft Graph (Entra roles)', () => worldOn(sim, {
    busyAlertId: alertId('TooManyGlobalAdminsAssignedToTenantAlert'),
    configurable: { alertId: alertId('TooManyGlobalAdminsAssignedToTenantAlert'), setting: 'globalAdminCountThreshold', valid: 7, outOfRange: 1000 },
    missingAlertId: alertId('NoSuchAlertType'),
    listPath: '/roleManagementAlerts/alerts?',
    busyAlertPath: 'TooManyGlobalAdminsAssignedToTenantAlert',
  }, (clock = new SkippingClock()) => sim.client({}, clock), (id) => `/alerts/${id}/incidents`));

  pimAlertsContract('Azure Resource Manager (Azure resource roles, through the composite source)', () => worldOn(sim, {
    busyAlertId: azureId('TooManyOwnersAssignedToResource'),
    configurable: { alertId: azureId('TooManyOwnersAssignedToResource'), setting: 'thresholdNumberOfOwners', valid: 5, outOfRange: 5000 },
    missingAlertId: azureId('NoSuchAlertType'),
    listPath: '/providers/Microsoft.Authorization/roleManagementAlerts?',
    busyAlertPath: 'roleManagementAlerts/TooManyOwnersAssignedToResource',
  }, (clock = new SkippingClock()) => createAlertSource(armConfig(sim.url), silentLogger, {
    retry: { clock, baseDelayMs: 100 }, poll: { initialDelayMs: 20, maxDelayMs: 100 },
  }), (id) => `/azure/${SUB}/alerts/${id.split('_').pop() ?? ''}/incidents`));
});
