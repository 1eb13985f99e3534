import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { isAlertId, isIncidentId } from '../../../src/pim/ids';
import type { PimAlerts } from '../../../src/pim/pim-alerts';
import type { SkippingClock } from '../../support/fakes/skipping-clock';

/** One source under contract: a client on a fresh simulator, and the alerts the suite uses. */
export interface ContractWorld {
  /** A client whose retry waits are skipped by `clock`. */
  client(clock?: SkippingClock): PimAlerts;
  /** An active, remediable alert with at least three incidents. */
  readonly busyAlertId: string;
  /** A configurable alert, a valid change of one of its settings and an out-of-range value for it. */
  readonly configurable: { readonly alertId: string; readonly setting: string; readonly valid: number; readonly outOfRange: number };
  /** A valid id of this source's form that names no alert. */
  readonly missingAlertId: string;
  /** A path fragment of this source's list request, for faults. */
  readonly listPath: string;
  /** A path fragment of the busy alert's requests, for faults. */
  readonly busyAlertPath: string;
  addIncidents(alertId: string, count: number): Promise<void>;
  fault(fault: Record<string, unknown>): Promise<void>;
  reset(): Promise<void>;
}

const isCode = (code: string) => (error: unknown): boolean => error instanceof AppError && error.code === code;

/**
 * The PimAlerts contract: what every alert source behind the port does, whatever API it speaks (style rule 16). Run
 * against the Graph-backed source and the Resource Manager-backed one, each on the simulator.
 */
export function pimAlertsContract(name: string, world: () => ContractWorld): void {
  describe(`PimAlerts contract: ${name}`, () => {
    beforeEach(() => world().reset());

    it('lists alerts with definitions and configurations under unique, valid ids', async () => {
      const alerts = await world().client().listAlerts();
      assert.ok(alerts.length > 0);
      assert.equal(new Set(alerts.map((alert) => alert.id)).size, alerts.length);
      for (const alert of alerts) {
        assert.ok(isAlertId(alert.id), alert.id);
        assert.ok(alert.definition?.displayName, `definition of ${alert.id}`);
        assert.ok(alert.configuration, `configuration of ${alert.id}`);
        assert.notEqual(alert.alertKey, null);
      }
      assert.ok(alerts.some((alert) => alert.id === world().busyAlertId));
    });

    it('gets an alert with all its incidents, the same ones its pages list', async () => {
      const client = world().client();
      const alert = await client.getAlert(world().busyAlertId);
      assert.equal(alert.incidents.length, alert.incidentCount);
      assert.ok(alert.incidents.every((incident) => isIncidentId(incident.id) && incident.alertKey === alert.alertKey));
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await client.listIncidentPage(world().busyAlertId, cursor);
        paged.push(...page.incidents.map((incident) => incident.id));
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      assert.deepEqual(paged, alert.incidents.map((incident) => incident.id));
      const first = alert.incidents[0];
      assert.ok(first);
      assert.deepEqual(await client.getIncident(world().busyAlertId, first.id), first);
    });

    it('sees incidents the service adds', async () => {
      const client = world().client();
      const before = (await client.getAlert(world().busyAlertId)).incidentCount;
      await world().addIncidents(world().busyAlertId, 2);
      const after = (await client.listAlerts()).find((alert) => alert.id === world().busyAlertId);
      assert.equal(after?.incidentCount, before + 2);
    });

    it('dismisses an alert, and a refresh (operation polled) activates it again', async () => {
      const client = world().client();
      await client.dismissAlert(world().busyAlertId);
      assert.equal((await client.getAlert(world().busyAlertId)).isActive, false);
      const operation = await client.waitForOperation(await client.refreshAlert(world().busyAlertId));
      assert.equal(operation.status, 'succeeded');
      assert.equal((await client.getAlert(world().busyAlertId)).isActive, true);
    });

    it('refreshes all alerts and waits for the operation', async () => {
      const client = world().client();
      assert.equal((await client.waitForOperation(await client.refreshAllAlerts())).status, 'succeeded');
    });

    it('reports a refresh that fails', async () => {
      await world().fault({ match: { method: 'POST', path: '/refresh' }, count: 1, kind: 'failOperation' });
      const client = world().client();
      await assert.rejects(client.waitForOperation(await client.refreshAlert(world().busyAlertId)), isCode('graphUnavailable'));
    });

    it('remediates one incident, which then is gone', async () => {
      const client = world().client();
      const alert = await client.getAlert(world().busyAlertId);
      const target = alert.incidents[0];
      assert.ok(target);
      await client.remediateIncident(alert.id, target.id);
      const after = await client.getAlert(alert.id);
      assert.equal(after.incidentCount, alert.incidentCount - 1);
      assert.ok(!after.incidents.some((incident) => incident.id === target.id));
      await assert.rejects(client.getIncident(alert.id, target.id), isCode('notFound'));
    });

    it('changes a setting, and refuses an out-of-range value before sending anything', async () => {
      const client = world().client();
      const { alertId, setting, valid, outOfRange } = world().configurable;
      await client.updateAlertConfiguration(alertId, { [setting]: valid, isEnabled: false });
      const changed = (await client.getAlert(alertId)).configuration;
      assert.equal(changed?.settings[setting], valid);
      assert.equal(changed?.isEnabled, false);
      await assert.rejects(client.updateAlertConfiguration(alertId, { [setting]: outOfRange }), isCode('invalidSetting'));
      await assert.rejects(client.updateAlertConfiguration(alertId, { noSuchSetting: 1 }), isCode('invalidSetting'));
    });

    it('refuses malformed ids before any request and answers notFound for a missing alert', async () => {
      const client = world().client();
      await assert.rejects(client.getAlert('../../x'), isCode('invalidId'));
      await assert.rejects(client.getIncident(world().busyAlertId, '../x'), isCode('invalidId'));
      await assert.rejects(client.getAlert(world().missingAlertId), isCode('notFound'));
    });

    it('retries a throttled list after Retry-After and succeeds', async () => {
      await world().fault({ match: { method: 'GET', path: world().listPath }, count: 2, kind: 'throttle', retryAfterSeconds: 7 });
      const clock = new (await import('../../support/fakes/skipping-clock')).SkippingClock();
      const alerts = await world().client(clock).listAlerts();
      assert.ok(alerts.length > 0);
      assert.deepEqual(clock.slept.filter((ms) => ms === 7000), [7000, 7000]);
    });

    it('fails with graphBusy when throttling outlasts the budget', async () => {
      await world().fault({ match: { method: 'GET', path: world().busyAlertPath }, count: 50, kind: 'throttle', retryAfterSeconds: 120 });
      await assert.rejects(world().client().getAlert(world().busyAlertId), isCode('graphBusy'));
    });
  });
}
