const ALERTS = '/beta/identityGovernance/roleManagementAlerts/alerts';

export interface SimAlert {
  readonly id: string;
  readonly isActive: boolean;
  readonly incidentCount: number;
}

export interface SimRequest {
  /** When the simulator answered (ISO). */
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** `app`, or `user:<upn>` when the call carried a delegated token (WRITE_MODE=delegated). */
  readonly caller?: string;
}

/** Reads the simulator's Graph endpoint and drives its `/_simulator` control API. */
export class SimulatorControl {
  constructor(readonly url: string) {}

  /** The alert whose id ends with `_<key>` (e.g. `TooManyGlobalAdminsAssignedToTenantAlert`). */
  async alert(key: string): Promise<SimAlert> {
    const filter = encodeURIComponent("scopeId eq '/' and scopeType eq 'DirectoryRole'");
    const body = (await this.get(`${ALERTS}?$filter=${filter}`)) as { value: SimAlert[] };
    const alert = body.value.find((candidate) => candidate.id.endsWith(`_${key}`));
    if (!alert) throw new Error(`simulator has no alert ${key}: ${body.value.map((a) => a.id).join(', ')}`);
    return alert;
  }

  /** Ids of the active alerts (read as the app). */
  async activeAlertIds(): Promise<string[]> {
    const filter = encodeURIComponent("scopeId eq '/' and scopeType eq 'DirectoryRole'");
    const body = (await this.get(`${ALERTS}?$filter=${filter}`)) as { value: SimAlert[] };
    return body.value.filter((alert) => alert.isActive).map((alert) => alert.id);
  }

  async incidentIds(alertId: string): Promise<string[]> {
    const body = (await this.get(`${ALERTS}/${encodeURIComponent(alertId)}/alertIncidents`)) as { value: Array<{ id: string }> };
    return body.value.map((incident) => incident.id);
  }

  async addIncidents(alertId: string, count: number): Promise<void> {
    await this.send('POST', `/_simulator/alerts/${encodeURIComponent(alertId)}/incidents`, { count });
  }

  async removeIncident(alertId: string, incidentId: string): Promise<void> {
    await this.send('DELETE', `/_simulator/alerts/${encodeURIComponent(alertId)}/incidents/${encodeURIComponent(incidentId)}`);
  }

  /** The alert with this id, read alone (not a listing, so it never looks like a poll in the request log). */
  async alertById(alertId: string): Promise<SimAlert> {
    return (await this.get(`${ALERTS}/${encodeURIComponent(alertId)}`)) as SimAlert;
  }

  /** Arms a fault (`{ match: { method?, path? }, count, kind, status? }`, see the simulator's control API). */
  async addFault(fault: Record<string, unknown>): Promise<void> {
    await this.send('POST', '/_simulator/faults', fault);
  }

  async clearFaults(): Promise<void> {
    await this.send('DELETE', '/_simulator/faults');
  }

  /** Empties the request log. */
  async clearRequests(): Promise<void> {
    await this.send('DELETE', '/_simulator/requests');
  }

  /** The Graph requests the simulator answered, oldest first (its request log). */
  async requests(): Promise<SimRequest[]> {
    return ((await this.get('/_simulator/requests')) as { value: SimRequest[] }).value;
  }

  private async get(path: string): Promise<unknown> {
    return this.send('GET', path);
  }

  private async send(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method, headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}
