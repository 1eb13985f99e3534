import { AppError } from '../../errors/app-error';
import { alertTypeByConfigurationType } from '../alert-catalog';
import { asObject, isJsonObject, readArray, readOptionalString, readString, type JsonObject } from '../graph/json-fields';
import { pollOperation, type PollPolicy } from '../graph/operation-poller';
import type { Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle, SettingValue } from '../model';
import type { PimAlerts, WaitOptions } from '../pim-alerts';
import { normalizeSettingValue } from '../settings/normalize-setting';
import { decodeArmCursor, encodeArmCursor } from './arm-incident-cursor';
import { readArmList } from './arm-list';
import { armHandle, armOperationRef, armRefreshRef, mapArmOperation } from './arm-operation';
import { ARM_ALERTS_API_VERSION, armPaths, withApiVersion } from './arm-paths';
import type { ArmAnswer, ArmTransport } from './arm-transport';
import { parseAzureAlertId, type AzureScope } from './azure-scope';
import { inlineIncidents, mapArmAlert } from './map-arm-alert';
import { mapArmIncident } from './map-arm-incident';

export interface ArmScopeSettings {
  readonly refreshTimeoutMs: number;
  readonly poll: PollPolicy;
}

/** The PimAlerts port over Resource Manager `subscriptions/{id}/providers/Microsoft.Authorization/roleManagementAlerts*` for one subscription. */
export class ArmScopeAlerts implements PimAlerts {
  constructor(readonly scope: AzureScope, private readonly transport: ArmTransport, private readonly settings: ArmScopeSettings) {}

  async listAlerts(): Promise<readonly Alert[]> {
    const items = await this.allPages(armPaths.alerts(this.scope.subscriptionId), 'listAzureAlerts');
    return items.map((item) => mapArmAlert(item, this.scope));
  }

  async getAlert(alertId: string): Promise<AlertWithIncidents> {
    const name = this.nameOf(alertId);
    const answer = await this.send('GET', armPaths.alert(this.scope.subscriptionId, name), 'getAzureAlert');
    const raw = asObject(answer.body);
    const alert = mapArmAlert(raw, this.scope);
    const inline = inlineIncidents(raw);
    const incidents = inline && inline.length >= alert.incidentCount ? inline : await this.allIncidents(name);
    return { ...alert, incidents };
  }

  async listIncidentPage(alertId: string, cursor?: string): Promise<IncidentPage> {
    const path = armPaths.incidents(this.scope.subscriptionId, this.nameOf(alertId));
    const target = cursor === undefined ? withApiVersion(path) : decodeArmCursor(cursor, path);
    const answer = await this.transport.send({ method: 'GET', path: target, operation: 'listAzureIncidentPage' });
    const body = asObject(answer.body);
    const nextLink = readOptionalString(body, 'nextLink');
    const incidents = readArray(body, 'value').filter(isJsonObject).map(mapArmIncident);
    return { incidents, ...(nextLink ? { nextCursor: encodeArmCursor(nextLink) } : {}) };
  }

  async getIncident(alertId: string, incidentId: string): Promise<AlertIncident> {
    const answer = await this.send('GET', armPaths.incident(this.scope.subscriptionId, this.nameOf(alertId), incidentId), 'getAzureIncident');
    return mapArmIncident(asObject(answer.body));
  }

  async dismissAlert(alertId: string): Promise<void> {
    const path = armPaths.alert(this.scope.subscriptionId, this.nameOf(alertId));
    await this.send('PATCH', path, 'dismissAzureAlert', { properties: { isActive: false } });
  }

  async refreshAlert(alertId: string): Promise<OperationHandle> {
    const path = `${armPaths.alert(this.scope.subscriptionId, this.nameOf(alertId))}/refresh`;
    return this.handleOf(await this.send('POST', path, 'refreshAzureAlert'));
  }

  async refreshAllAlerts(): Promise<OperationHandle> {
    return this.handleOf(await this.send('POST', `${armPaths.alerts(this.scope.subscriptionId)}/refresh`, 'refreshAllAzureAlerts'));
  }

  async getOperation(handle: OperationHandle): Promise<Operation> {
    if (handle.completed === true) return { id: handle.operationId, status: 'succeeded', createdDateTime: null, lastActionDateTime: null, resourceLocation: '', statusDetail: 'Completed when requested.' };
    const ref = armOperationRef(handle);
    const path = withApiVersion(armPaths.operation(ref.subscriptionId, ref.operationName), ref.apiVersion);
    const answer = await this.transport.send({ method: 'GET', path, operation: 'getAzureOperation' });
    return mapArmOperation(asObject(answer.body), handle);
  }

  async waitForOperation(handle: OperationHandle, options: WaitOptions = {}): Promise<Operation> {
    if (handle.completed !== true) armOperationRef(handle);
    const timeoutMs = options.timeoutMs ?? this.settings.refreshTimeoutMs;
    return pollOperation((h) => this.getOperation(h), handle, timeoutMs, this.settings.poll, options.signal, 'Azure Resource Manager');
  }

  async remediateIncident(alertId: string, incidentId: string): Promise<void> {
    const path = `${armPaths.incident(this.scope.subscriptionId, this.nameOf(alertId), incidentId)}/remediate`;
    await this.transport.send({ method: 'POST', path: withApiVersion(path), operation: 'remediateAzureIncident', badRequestCode: 'notRemediatable' });
  }

  async updateAlertConfiguration(alertId: string, changes: Readonly<Record<string, SettingValue>>): Promise<void> {
    const path = armPaths.configuration(this.scope.subscriptionId, this.nameOf(alertId));
    const current = await this.send('GET', path, 'getAzureAlertConfiguration');
    const configurationType = readString(asObject(asObject(current.body).properties), 'alertConfigurationType');
    await this.send('PATCH', path, 'updateAzureAlertConfiguration', { properties: configurationPatch(configurationType, changes) });
  }

  private nameOf(alertId: string): string {
    const { subscriptionId, alertName } = parseAzureAlertId(alertId);
    if (subscriptionId !== this.scope.subscriptionId) throw new AppError('notFound', { details: { alertId } });
    return alertName;
  }

  private send(method: 'GET' | 'POST' | 'PATCH', path: string, operation: string, body?: unknown): Promise<ArmAnswer> {
    return this.transport.send({ method, path: withApiVersion(path), operation, ...(body === undefined ? {} : { body }) });
  }

  private handleOf(answer: ArmAnswer): OperationHandle {
    if (answer.status !== 202 && !answer.headers.get('Location')) return { ...armHandle({ subscriptionId: this.scope.subscriptionId, operationName: 'completed', apiVersion: ARM_ALERTS_API_VERSION }), completed: true };
    const ref = armRefreshRef(this.scope.subscriptionId, answer.headers.get('Location'), answer.body);
    if (!ref || ref.subscriptionId !== this.scope.subscriptionId) {
      throw new AppError('graphUnavailable', { userMessage: 'Azure Resource Manager started the refresh but returned an operation link this bot cannot follow.' });
    }
    return armHandle(ref);
  }

  private async allIncidents(name: string): Promise<AlertIncident[]> {
    const items = await this.allPages(armPaths.incidents(this.scope.subscriptionId, name), 'listAzureIncidents');
    return items.map(mapArmIncident);
  }

  /** Every item of a pageable list; more than 100 pages is refused rather than shown cut off. */
  private async allPages(path: string, operation: string): Promise<readonly JsonObject[]> {
    const list = await readArmList(this.transport, withApiVersion(path), operation, 100);
    if (list.cutOff) throw new AppError('graphUnavailable', { userMessage: 'Azure Resource Manager kept sending more pages; the list was cut off.' });
    return list.items;
  }
}

/** `{alertConfigurationType, …changes}`, each change checked against the catalogue before anything is sent. */
export function configurationPatch(configurationType: string, changes: Readonly<Record<string, SettingValue>>): Record<string, SettingValue> {
  if (Object.keys(changes).length === 0) throw new AppError('invalidSetting', { userMessage: 'Name at least one setting to change, e.g. isEnabled=false.' });
  const type = alertTypeByConfigurationType(configurationType);
  if (!type) throw new AppError('graphUnavailable', { userMessage: 'Azure Resource Manager did not say which kind of configuration this alert has; nothing was changed.' });
  const body: Record<string, SettingValue> = { alertConfigurationType: configurationType };
  for (const [name, value] of Object.entries(changes)) body[name] = normalizeSettingValue(type.key, name, value);
  return body;
}
