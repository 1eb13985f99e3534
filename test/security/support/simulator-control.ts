/** One Graph request as the simulator logged it. */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** The simulator's `/_simulator` control API, for tests. */
export class SimulatorControl {
  constructor(readonly url: string) {}

  async setGroupMembers(groupId: string, userIds: readonly string[]): Promise<void> {
    await this.call('PUT', `/_simulator/groups/${groupId}/members`, { userIds });
  }

  async addIncident(alertId: string, incident: Record<string, unknown>): Promise<void> {
    await this.call('POST', `/_simulator/alerts/${encodeURIComponent(alertId)}/incidents`, incident);
  }

  /** Arms a fault (`{ match: { method?, path? }, count, kind, ... }`, see the simulator's control API). */
  async fault(fault: Record<string, unknown>): Promise<void> {
    await this.call('POST', '/_simulator/faults', fault);
  }

  async requests(): Promise<readonly LoggedRequest[]> {
    const body = (await this.call('GET', '/_simulator/requests')) as { value: LoggedRequest[] };
    return body.value;
  }

  async clearRequests(): Promise<void> {
    await this.call('DELETE', '/_simulator/requests');
  }

  async reset(): Promise<void> {
    await this.call('POST', '/_simulator/reset', {});
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`simulator ${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}
