import { AppError } from '../../errors/app-error';
import { describeScope, type AzureScope } from '../arm/azure-scope';
import type { Alert, AlertIncident, AlertWithIncidents, IncidentPage, Operation, OperationHandle } from '../model';
import type { WaitOptions } from '../pim-alerts';
import type { ScopedAlerts } from './composite-pim-alerts';

/**
 * An Azure scope for a signed-in user's writes (WRITE_MODE=delegated): reads go on with the bot's own Resource Manager
 * identity, writes are refused, because the user's delegated token is for Microsoft Graph, not Resource Manager, and the
 * bot must not write as itself on someone's behalf. README "Azure resources": what delegated Azure writes would need.
 */
export class ReadsOnlyScope implements ScopedAlerts {
  readonly scope: AzureScope;

  constructor(private readonly reads: ScopedAlerts) {
    this.scope = reads.scope;
  }

  listAlerts(): Promise<readonly Alert[]> { return this.reads.listAlerts(); }
  getAlert(alertId: string): Promise<AlertWithIncidents> { return this.reads.getAlert(alertId); }
  listIncidentPage(alertId: string, cursor?: string): Promise<IncidentPage> { return this.reads.listIncidentPage(alertId, cursor); }
  getIncident(alertId: string, incidentId: string): Promise<AlertIncident> { return this.reads.getIncident(alertId, incidentId); }
  getOperation(handle: OperationHandle): Promise<Operation> { return this.reads.getOperation(handle); }
  waitForOperation(handle: OperationHandle, options?: WaitOptions): Promise<Operation> { return this.reads.waitForOperation(handle, options); }
  dismissAlert(): Promise<void> { return this.refuse(); }
  refreshAlert(): Promise<OperationHandle> { return this.refuse(); }
  refreshAllAlerts(): Promise<OperationHandle> { return this.refuse(); }
  remediateIncident(): Promise<void> { return this.refuse(); }
  updateAlertConfiguration(): Promise<void> { return this.refuse(); }

  private refuse(): Promise<never> {
    return Promise.reject(new AppError('userNotAllowed', {
      userMessage: `Changes to Azure resource alerts (${describeScope(this.scope)}) are not made with your sign-in yet: ` +
        'the bot writes to Azure only with its own identity (WRITE_MODE=application). Use the Azure portal (PIM, Azure resources) meanwhile.',
    }));
  }
}
