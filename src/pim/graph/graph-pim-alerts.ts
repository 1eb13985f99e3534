import { isOperationId, operationIdSegment } from '../ids';
import type { Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle, SettingValue } from '../model';
import type { PimAlerts, WaitOptions } from '../pim-alerts';
import { pageOf, readRemainingPages } from './collection-reader';
import { configurationPatchBody } from './configuration-update';
import {
  alertPath, alertsPath, configurationPath, incidentPath, incidentsPath, operationPath, SCOPE_BODY, SCOPE_FILTER, withQuery,
} from './graph-paths';
import type { GraphTransport } from './graph-transport';
import { decodeIncidentCursor, encodeIncidentCursor } from './incident-cursor';
import { asObject, readString } from './json-fields';
import { mapAlert } from './map-alert';
import { mapIncident } from './map-incident';
import { mapOperation } from './map-operation';
import { pollOperation, type PollPolicy } from './operation-poller';
import { completedOperation, refreshHandleOf } from './refresh-handle';

export interface GraphPimAlertsSettings {
  readonly baseUrl: string;
  readonly refreshTimeoutMs: number;
  readonly poll: PollPolicy;
}

/** The PimAlerts port over Microsoft Graph beta `/identityGovernance/roleManagementAlerts`. */
export class GraphPimAlerts implements PimAlerts {
  constructor(private readonly transport: GraphTransport, private readonly settings: GraphPimAlertsSettings) {}

  async listAlerts(): Promise<readonly Alert[]> {
    const path = withQuery(alertsPath(), { $filter: SCOPE_FILTER, $expand: 'alertDefinition,alertConfiguration' });
    const answer = await this.transport.send({ method: 'GET', path, operation: 'listAlerts' });
    const items = await readRemainingPages(this.transport, this.settings.baseUrl, pageOf(answer.body), 'listAlerts');
    return items.map(mapAlert);
  }

  async getAlert(alertId: string): Promise<AlertWithIncidents> {
    const path = withQuery(alertPath(alertId), { $expand: 'alertDefinition,alertConfiguration,alertIncidents' });
    const answer = await this.transport.send({ method: 'GET', path, operation: 'getAlert' });
    const alert = mapAlert(asObject(answer.body));
    const expanded = pageOf(answer.body, 'alertIncidents');
    const complete = expanded.nextLink || expanded.items.length < alert.incidentCount
      ? await this.allIncidents(alertId)
      : expanded.items.map(mapIncident);
    return { ...alert, incidents: complete };
  }

  async listIncidentPage(alertId: string, cursor?: string): Promise<IncidentPage> {
    const path = cursor === undefined ? incidentsPath(alertId) : decodeIncidentCursor(cursor, alertId, this.settings.baseUrl);
    const answer = await this.transport.send({ method: 'GET', path, operation: 'listIncidentPage' });
    const page = pageOf(answer.body);
    return { incidents: page.items.map(mapIncident), ...(page.nextLink ? { nextCursor: encodeIncidentCursor(page.nextLink) } : {}) };
  }

  async getIncident(alertId: string, incidentId: string): Promise<AlertIncident> {
    const answer = await this.transport.send({ method: 'GET', path: incidentPath(alertId, incidentId), operation: 'getIncident' });
    return mapIncident(asObject(answer.body));
  }

  async dismissAlert(alertId: string): Promise<void> {
    await this.transport.send({ method: 'PATCH', path: alertPath(alertId), body: { isActive: false }, operation: 'dismissAlert' });
  }

  async refreshAlert(alertId: string): Promise<OperationHandle> {
    const answer = await this.transport.send({ method: 'POST', path: `${alertPath(alertId)}/refresh`, operation: 'refreshAlert' });
    return refreshHandleOf(answer, `refresh:${alertId}`, this.settings.baseUrl);
  }

  async refreshAllAlerts(): Promise<OperationHandle> {
    const answer = await this.transport.send({ method: 'POST', path: `${alertsPath()}/refresh`, body: SCOPE_BODY, operation: 'refreshAllAlerts' });
    return refreshHandleOf(answer, 'refresh:all', this.settings.baseUrl);
  }

  async getOperation(handle: OperationHandle): Promise<Operation> {
    if (handle.completed === true && isOperationId(handle.operationId)) return completedOperation(handle);
    const answer = await this.transport.send({ method: 'GET', path: operationPath(handle.operationId), operation: 'getOperation' });
    return mapOperation(asObject(answer.body), handle.operationId);
  }

  async waitForOperation(handle: OperationHandle, options: WaitOptions = {}): Promise<Operation> {
    operationIdSegment(handle.operationId);
    const timeoutMs = options.timeoutMs ?? this.settings.refreshTimeoutMs;
    return pollOperation((h) => this.getOperation(h), handle, timeoutMs, this.settings.poll, options.signal);
  }

  async remediateIncident(alertId: string, incidentId: string): Promise<void> {
    const path = `${incidentPath(alertId, incidentId)}/remediate`;
    await this.transport.send({ method: 'POST', path, operation: 'remediateIncident', badRequestCode: 'notRemediatable' });
  }

  async updateAlertConfiguration(alertId: string, changes: Readonly<Record<string, SettingValue>>): Promise<void> {
    const path = configurationPath(alertId);
    const current = await this.transport.send({ method: 'GET', path, operation: 'getAlertConfiguration' });
    const body = configurationPatchBody(alertId, readString(asObject(current.body), '@odata.type'), changes);
    await this.transport.send({ method: 'PATCH', path, body, operation: 'updateAlertConfiguration' });
  }

  private async allIncidents(alertId: string): Promise<AlertIncident[]> {
    const answer = await this.transport.send({ method: 'GET', path: incidentsPath(alertId), operation: 'listIncidents' });
    const items = await readRemainingPages(this.transport, this.settings.baseUrl, pageOf(answer.body), 'listIncidents');
    return items.map(mapIncident);
  }
}
