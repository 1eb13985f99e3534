import { createHash } from 'node:crypto';
import type { AlertWithIncidents } from '../pim/model';

/**
 * The same alert with the same incidents and state always gives the same id: a poll repeated after a
 * crash finds the broadcast it already started instead of posting again.
 */
export function broadcastId(alert: AlertWithIncidents): string {
  const incidents = alert.incidents.map((incident) => incident.id).sort().join(',');
  const basis = `${alert.id}\n${alert.incidentCount}\n${alert.isActive}\n${incidents}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}
