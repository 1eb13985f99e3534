import { startAzurite, type AzuriteEndpoints } from '../../src/tools/dev/azurite-process';
import type { ManagedChild } from '../../src/tools/dev/managed-child';

let starting: Promise<AzuriteEndpoints> | undefined;
let child: ManagedChild | undefined;

/**
 * One Azurite for the whole mocha run, started by the first spec that needs it (so `npm test` works
 * on a fresh clone after `npm ci`) and stopped by the root hook when mocha ends. Call inside a
 * describe; the returned getter works in tests and hooks.
 */
export function useAzurite(): () => AzuriteEndpoints {
  let endpoints: AzuriteEndpoints | undefined;
  before(async function () {
    this.timeout(60_000);
    starting ??= startAzurite().then((started) => {
      child = started.child;
      process.once('exit', () => void child?.stop(0));
      return started.endpoints;
    });
    endpoints = await starting;
  });
  return () => {
    if (!endpoints) throw new Error('Azurite is not started yet (use the getter inside tests or hooks)');
    return endpoints;
  };
}

/** Stops the shared Azurite, if a spec started it. */
export async function stopSharedAzurite(): Promise<void> {
  const running = child;
  child = undefined;
  starting = undefined;
  await running?.stop(2000);
}
