import { inspect } from 'node:util';
import { isAppError } from '../../errors/app-error';
import { EnvReader, type Env } from '../../config/env-reader';
import { JsonLogger } from '../../logging/json-logger';
import type { Logger } from '../../logging/logger';
import { DEFAULT_TENANT_ID } from './seed/seed-state';
import { startSimulator, type SimulatorOptions } from './start-simulator';

/** Simulator options from SIMULATOR_* variables; a malformed value throws an error naming the variable. */
export function simulatorOptionsFromEnv(env: Env, logger: Logger): SimulatorOptions {
  const read = new EnvReader(env);
  const options: SimulatorOptions = {
    host: read.string('SIMULATOR_HOST', '127.0.0.1'),
    port: read.integer('SIMULATOR_PORT', 5990, 0, 65535),
    pageSize: read.integer('SIMULATOR_PAGE_SIZE', 50, 1, 999),
    operationDurationMs: read.integer('SIMULATOR_OPERATION_SECONDS', 3, 0, 3600) * 1000,
    azureSubscriptions: read.integer('SIMULATOR_AZURE_SUBSCRIPTIONS', 3, 0, 5000),
    tenantId: read.guid('SIMULATOR_TENANT_ID') ?? DEFAULT_TENANT_ID,
    logger,
    stateFile: read.optional('SIMULATOR_STATE_FILE'),
  };
  read.throwIfProblems();
  return options;
}

async function main(): Promise<void> {
  const logger = new JsonLogger('info');
  const simulator = await startSimulator(simulatorOptionsFromEnv(process.env, logger));
  process.stdout.write(`PIM Graph simulator listening on ${simulator.url} (Graph base URL; control API at ${simulator.url}/_simulator)\n`);
  const stop = (signal: string): void => {
    logger.info('simulator stopping', { signal });
    simulator.close().then(() => process.exit(0), (error: unknown) => {
      logger.error('simulator did not stop cleanly', { error });
      process.exit(1);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`The simulator could not start: ${isAppError(error) ? error.message : inspect(error)}\n`);
    process.exit(1);
  });
}
