import assert from 'node:assert/strict';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../../src/tools/simulator/start-simulator';
import { conformanceErrors } from './openapi-conformance';

export const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
export const ROLE_ALERTS = '/beta/identityGovernance/roleManagementAlerts';
export const SCOPE = "$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'";
export const alertId = (key: string): string => `DirectoryRole_${TENANT}_${key}`;

export interface SimReply {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/** Real HTTP against a started simulator; every Graph response is checked against the vendored OpenAPI. */
export class SimClient {
  private constructor(readonly simulator: RunningSimulator) {}

  static async start(options: Partial<SimulatorOptions> = {}): Promise<SimClient> {
    return new SimClient(await startSimulator({ port: 0, ...options }));
  }

  get url(): string {
    return this.simulator.url;
  }

  close(): Promise<void> {
    return this.simulator.close();
  }

  /** `target` is a path (`/beta/...`, `/_simulator/...`) or an absolute URL (e.g. a nextLink). */
  async call(method: string, target: string, body?: unknown, headers: Record<string, string> = {}): Promise<SimReply> {
    const url = target.startsWith('http') ? target : `${this.url}${target}`;
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await fetch(url, init);
    const text = await response.text();
    const reply = { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) as unknown };
    this.checkConformance(method, new URL(url), reply);
    return reply;
  }

  get(target: string): Promise<SimReply> {
    return this.call('GET', target);
  }

  private checkConformance(method: string, url: URL, reply: SimReply): void {
    assert.match(reply.headers.get('request-id') ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    if (!url.pathname.startsWith(ROLE_ALERTS)) return;
    const graphPath = safeDecode(url.pathname.slice('/beta'.length));
    assert.deepEqual(conformanceErrors(method, graphPath, reply.status, reply.body), [], `${method} ${url.pathname}`);
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
