import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../errors/app-error';
import { silentLogger } from '../../logging/json-logger';
import { isGuid } from '../../pim/ids';
import type { Logger } from '../../logging/logger';
import { requestListener } from './http/dispatch';
import type { SimulatorIdentity } from './http/caller-check';
import { Router } from './http/router';
import { CONTROL_PREFIX, simulatorRoutes } from './routes';
import { DEFAULT_TENANT_ID } from './seed/seed-state';
import type { DemoUser } from './seed/directory';
import { SimulatorState } from './state/simulator-state';
import { TenantFile } from './state/tenant-file';

export interface SimulatorOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Items per page of every collection (server-side paging with `@odata.nextLink`); default 50. */
  pageSize: number;
  /** How long a refresh operation takes to succeed; default 3000 ms. */
  operationDurationMs: number;
  /** Azure subscriptions served as Resource Manager: the three demo ones, then generated ones (the bench's 200); default 3. */
  azureSubscriptions: number;
  /** Tenant id in every alert id; default the docs' tenant 3b0e753b-22fa-4c16-9bf2-470b80be80d6. */
  tenantId: string;
  logger: Logger;
  /** A JSON file the tenant is kept in across restarts (alerts, incidents, configuration, groups); none by default. */
  stateFile: string | undefined;
  /** Delegated access like Graph: tokens of the dev token issuer and simulated role assignments; none: no checks. */
  identity?: SimulatorIdentity;
  /** More users in the directory (`GET /users/{id | upn}`) besides the seeded ones: `npm run dev` adds the Playground's. */
  directoryUsers?: readonly DemoUser[];
}

export interface RunningSimulator {
  /** e.g. `http://127.0.0.1:5990`, no trailing slash; the Graph base URL is this (`${url}/beta/...`). */
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_SIMULATOR_OPTIONS: Readonly<SimulatorOptions> = {
  host: '127.0.0.1', port: 0, pageSize: 50, operationDurationMs: 3000, azureSubscriptions: 3, tenantId: DEFAULT_TENANT_ID, logger: silentLogger,
  stateFile: undefined,
};

/** Starts the local PIM Graph simulator; resolves once it listens. */
export async function startSimulator(options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
  const settings = { ...DEFAULT_SIMULATOR_OPTIONS, ...options };
  validate(settings);
  const state = new SimulatorState(settings);
  const saveTenant = keepTenantIn(settings, state);
  const closing = new AbortController();
  let url = '';
  const server = createServer(requestListener({
    state, router: new Router(simulatorRoutes(state)), logger: settings.logger.child('simulator'),
    baseUrl: () => url, closing: closing.signal, controlPrefix: CONTROL_PREFIX, saveTenant, identity: settings.identity,
  }));
  await listen(server, settings.host, settings.port);
  url = urlOf(server.address() as AddressInfo);
  return { url, close: () => close(server, closing) };
}

/** Restores the tenant saved in `stateFile` (if any) and returns what saves it; a no-op without a file. */
function keepTenantIn(settings: SimulatorOptions, state: SimulatorState): () => void {
  if (settings.stateFile === undefined) return () => undefined;
  const file = new TenantFile(settings.stateFile, settings.logger.child('simulator'));
  const saved = file.load(settings.tenantId);
  if (saved) state.restore(saved);
  return () => file.save(state.tenant());
}

function validate(options: SimulatorOptions): void {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new RangeError('port must be 0-65535');
  if (!Number.isInteger(options.pageSize) || options.pageSize < 1 || options.pageSize > 999) throw new RangeError('pageSize must be 1-999');
  if (!Number.isInteger(options.azureSubscriptions) || options.azureSubscriptions < 0 || options.azureSubscriptions > 5000) {
    throw new RangeError('azureSubscriptions must be a whole number from 0 to 5000');
  }
  if (!Number.isFinite(options.operationDurationMs) || options.operationDurationMs < 0) {
    throw new RangeError('operationDurationMs must be a non-negative number');
  }
  if (!isGuid(options.tenantId)) {
    throw new RangeError('tenantId must be a GUID');
  }
}

const EXPLAINED: Readonly<Record<string, (where: string) => string>> = {
  EADDRINUSE: (where) => `SIMULATOR_PORT: ${where} is already in use (is a simulator already running?). Stop that program, or pick another port, e.g. SIMULATOR_PORT=5991 npm run simulator (and GRAPH_BASE_URL=http://127.0.0.1:5991 for the bot).`,
  EADDRNOTAVAIL: (where) => `SIMULATOR_HOST: ${where} is not an address of this machine; use 127.0.0.1.`,
  EACCES: (where) => `SIMULATOR_PORT: ${where} needs privileges this process does not have; pick a port above 1023, e.g. SIMULATOR_PORT=5991.`,
};

/** Listens; a busy port, a foreign address or a privileged port is an AppError `configuration` saying what to change. */
function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => {
      const explain = EXPLAINED[error.code ?? ''];
      reject(explain ? new AppError('configuration', { userMessage: explain(`${host}:${port}`), cause: error }) : error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

function urlOf(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function close(server: Server, closing: AbortController): Promise<void> {
  closing.abort();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
