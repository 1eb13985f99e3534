import { AppManifestUtils } from '@microsoft/app-manifest';

type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

/**
 * Validates a filled-in Teams manifest against the official JSON schema named by its `$schema`.
 * `@microsoft/app-manifest` ships the schemas, so this works offline. Returns the failures (empty = valid).
 */
export async function validateManifestSchema(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}
