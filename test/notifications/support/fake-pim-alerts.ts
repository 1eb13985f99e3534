import { AppError } from '../../../src/errors/app-error';
import type { Alert, AlertWithIncidents } from '../../../src/pim/model';
import type { PimAlerts } from '../../../src/pim/pim-alerts';

/** A PimAlerts fake for the watcher: alerts set by the test, requests counted, failures on demand. */
export class FakePimAlerts implements Pick<PimAlerts, 'listAlerts' | 'getAlert' | 'refreshAllAlerts' | 'waitForOperation'> {
  alerts: AlertWithIncidents[] = [];
  listCalls = 0;
  getCalls: string[] = [];
  refreshCalls = 0;
  failing = false;

  listAlerts(): Promise<readonly Alert[]> {
    this.listCalls += 1;
    if (this.failing) return Promise.reject(new AppError('graphUnavailable'));
    return Promise.resolve(this.alerts.map(({ incidents: _incidents, ...alert }) => alert));
  }

  getAlert(alertId: string): Promise<AlertWithIncidents> {
    this.getCalls.push(alertId);
    const alert = this.alerts.find((candidate) => candidate.id === alertId);
    return alert ? Promise.resolve(alert) : Promise.reject(new AppError('notFound'));
  }

  refreshAllAlerts(): Promise<{ operationId: string }> {
    this.refreshCalls += 1;
    return Promise.resolve({ operationId: 'refresh:all' });
  }

  waitForOperation(): ReturnType<PimAlerts['waitForOperation']> {
    return Promise.resolve({ id: 'refresh:all', status: 'succeeded', createdDateTime: null, lastActionDateTime: null, resourceLocation: '', statusDetail: '' });
  }

  asPort(): PimAlerts {
    return this as unknown as PimAlerts;
  }
}
