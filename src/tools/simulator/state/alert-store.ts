import { notFound } from '../http/sim-error';
import { seedAlerts } from '../seed/seed-state';
import type { AlertRecord, IncidentRecord } from './records';

/** The tenant's seven alerts with their incidents and configurations. */
export class AlertStore {
  private alerts: AlertRecord[] = [];

  constructor(readonly tenantId: string) {
    this.reset(Date.now());
  }

  reset(now: number): void {
    this.alerts = seedAlerts(this.tenantId, now);
  }

  /** Continues a saved tenant instead of the seed. */
  restore(alerts: readonly AlertRecord[]): void {
    this.alerts = alerts.map((alert) => ({ ...alert, incidents: [...alert.incidents], configuration: { ...alert.configuration } }));
  }

  all(): readonly AlertRecord[] {
    return this.alerts;
  }

  /** The alert (or its definition/configuration: they share the id); 404 when unknown. */
  get(id: string, what = 'alert'): AlertRecord {
    const found = this.alerts.find((alert) => alert.id === id);
    if (!found) throw notFound(`No ${what} with id '${id}' exists in this tenant.`);
    return found;
  }

  incident(alert: AlertRecord, incidentId: string): IncidentRecord {
    const found = alert.incidents.find((incident) => incident.id === incidentId);
    if (!found) throw notFound(`No incident with id '${incidentId}' exists on alert '${alert.id}'.`);
    return found;
  }

  /** Adds incidents; the alert becomes active and is marked modified. */
  addIncidents(alert: AlertRecord, incidents: readonly IncidentRecord[], now: number): void {
    alert.incidents.push(...incidents);
    alert.isActive = true;
    alert.lastModifiedDateTime = new Date(now).toISOString();
  }

  /** Removes an incident (remediation or control API); the alert goes inactive at zero incidents. */
  removeIncident(alert: AlertRecord, incidentId: string, now: number): void {
    this.incident(alert, incidentId);
    alert.incidents = alert.incidents.filter((incident) => incident.id !== incidentId);
    if (alert.incidents.length === 0) alert.isActive = false;
    alert.lastModifiedDateTime = new Date(now).toISOString();
  }

  /** Dismiss (`false`) or re-enable (`true`); an alert without incidents cannot be active. */
  setActive(alert: AlertRecord, isActive: boolean, now: number): void {
    alert.isActive = isActive && alert.incidents.length > 0;
    alert.lastModifiedDateTime = new Date(now).toISOString();
  }

  /** A completed scan: dismissed alerts with incidents are active again, the scan time moves to now. */
  rescan(alert: AlertRecord, now: number): void {
    const stamp = new Date(now).toISOString();
    alert.lastScannedDateTime = stamp;
    if (alert.incidents.length > 0 && !alert.isActive) {
      alert.isActive = true;
      alert.lastModifiedDateTime = stamp;
    }
  }
}
