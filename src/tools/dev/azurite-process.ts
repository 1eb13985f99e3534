import { ManagedChild } from './managed-child';

/** Azurite's well-known development account (public, documented by Microsoft: not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteEndpoints {
  readonly blobUrl: string;
  readonly tableUrl: string;
  /** The connection string of the development account on these endpoints. */
  readonly connectionString: string;
}

const LISTENING = /Azurite (Blob|Table) service is successfully listening at (http:\/\/\S+)/;

/** Where a stoppable Azurite keeps its data and listens, so a restart continues it (see `startAzurite`). */
export interface AzuriteOptions {
  /** A folder for its data (absent: in memory, lost when it stops). */
  readonly location?: string;
  /** Fixed ports (absent: chosen by the system). */
  readonly ports?: { readonly blob: number; readonly table: number; readonly queue: number };
}

/**
 * Starts Azurite (Microsoft's Azure Storage emulator, devDependency `azurite`) on 127.0.0.1: Blob and
 * Table services (Queue too, unused), by default in memory on ports chosen by the system.
 */
export async function startAzurite(timeoutMs = 30_000, options: AzuriteOptions = {}): Promise<{ readonly endpoints: AzuriteEndpoints; readonly child: ManagedChild }> {
  const urls: Partial<Record<'Blob' | 'Table', string>> = {};
  const output: string[] = [];
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const child = new ManagedChild({
    name: 'azurite', command: process.execPath, args: azuriteArgs(options), env: process.env, cwd: process.cwd(),
    onLine: (line) => {
      if (output.length < 50) output.push(line);
      const match = LISTENING.exec(line);
      if (match) urls[match[1] as 'Blob' | 'Table'] = match[2];
      if (urls.Blob && urls.Table) ready();
    },
  });
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  const outcome = await Promise.race([started, child.exited.then(() => 'exited' as const), timer]);
  if (outcome !== undefined || !urls.Blob || !urls.Table) {
    await child.stop(1000);
    throw new Error(`Azurite did not start (${String(outcome)}): ${output.join(' | ')}`);
  }
  return { endpoints: endpointsOf(urls.Blob, urls.Table), child };
}

function azuriteArgs(options: AzuriteOptions): string[] {
  const main = require.resolve('azurite/dist/src/azurite.js');
  const services = ['blob', 'table', 'queue'] as const;
  const ports = services.flatMap((service) => [`--${service}Host`, '127.0.0.1', `--${service}Port`, String(options.ports?.[service] ?? 0)]);
  const persistence = options.location === undefined ? ['--inMemoryPersistence'] : ['--location', options.location];
  return [main, ...ports, ...persistence, '--disableTelemetry', '--skipApiVersionCheck', '--silent', '--loose'];
}

function endpointsOf(blobUrl: string, tableUrl: string): AzuriteEndpoints {
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `BlobEndpoint=${blobUrl}/${DEV_ACCOUNT};TableEndpoint=${tableUrl}/${DEV_ACCOUNT};`;
  return { blobUrl, tableUrl, connectionString };
}
