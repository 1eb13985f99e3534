import { silentLogger } from '../../../src/logging/json-logger';
import type { AppConfig } from '../../../src/config/app-config';
import { createPimAlerts, type GraphClientOptions } from '../../../src/pim/create-pim-alerts';
import type { Clock } from '../../../src/time/clock';
import type { PimAlerts } from '../../../src/pim/pim-alerts';
import { startSimulator } from '../../../src/tools/simulator/start-simulator';
import { SkippingClock } from '../../support/fakes/skipping-clock';
import { graphTestConfig } from './graph-test-config';

export const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
export const alertId = (key: string): string => `DirectoryRole_${TENANT}_${key}`;

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** `app` (no Bearer token) or who the token was for (`token` without an identity to check it). */
  readonly caller?: string;
}

/** A simulator on 127.0.0.1:0 and a PimAlerts client pointed at it, with small, test-friendly waits. */
export class SimulatorHarness {
  url = '';
  private closeSimulator?: () => Promise<void>;

  async start(pageSize = 2, operationDurationMs = 300): Promise<void> {
    const simulator = await startSimulator({ port: 0, pageSize, operationDurationMs });
    this.url = simulator.url;
    this.closeSimulator = () => simulator.close();
  }

  async stop(): Promise<void> {
    await this.closeSimulator?.();
  }

  /** A client whose retry waits are skipped by `clock` (a SkippingClock unless a test passes a real one). */
  client(overrides: Partial<AppConfig['graph']> = {}, clock: Clock = new SkippingClock(), work?: GraphClientOptions['work'], stillWanted?: () => boolean): PimAlerts {
    return createPimAlerts(graphTestConfig(this.url, overrides), silentLogger, {
      work, retry: { clock, baseDelayMs: 100, ...(stillWanted ? { stillWanted } : {}) }, poll: { initialDelayMs: 20, maxDelayMs: 100 },
    });
  }

  async control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/_simulator${path}`, {
      method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`simulator control ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  fault(fault: Record<string, unknown>): Promise<unknown> {
    return this.control('POST', '/faults', fault);
  }

  async requests(): Promise<LoggedRequest[]> {
    const body = (await this.control('GET', '/requests')) as { value: LoggedRequest[] };
    return body.value;
  }

  async reset(): Promise<void> {
    await this.control('POST', '/reset');
    await this.control('DELETE', '/requests');
  }
}
