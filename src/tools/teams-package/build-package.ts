import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { zipSync } from 'fflate';
import { AppError, isAppError } from '../../errors/app-error';
import { REPO_ROOT } from '../repo-paths';
import { readEnvironment } from './env-file';
import { checkIcon, ICON_SIZES, type IconName } from './icon-check';
import { fillPlaceholders } from './manifest-template';
import { validateManifestSchema } from './manifest-schema';

export interface BuildPackageOptions {
  /** Environment name: reads env/.env.<name> (+ .user). */
  readonly envName: string;
  readonly repoRoot?: string;
  /** Where the zip goes; default teamsapp/build. */
  readonly outDir?: string;
  /** Values that win over the env files (the toolkit lets the process environment override too). */
  readonly overrides?: Readonly<Record<string, string | undefined>>;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly manifest: Record<string, unknown>;
}

/** One fixed entry time (local 2024-01-01 00:00, as zip stores it) makes builds byte-for-byte reproducible. */
const ZIP_TIMESTAMP = new Date(2024, 0, 1);

/** Builds teamsapp/build/appPackage.<env>.zip: the filled-in manifest.json plus the two icons. */
export async function buildPackage(options: BuildPackageOptions): Promise<BuiltPackage> {
  const root = options.repoRoot ?? REPO_ROOT;
  const appDir = path.join(root, 'teamsapp');
  const values = { ...readEnvironment(path.join(root, 'env'), options.envName), ...definedOnly(options.overrides ?? {}) };
  const text = fillPlaceholders(readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), values, `env/.env.${options.envName}`);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const failures = await validateManifestSchema(manifest);
  if (failures.length > 0) {
    throw new AppError('configuration', { userMessage: `The filled-in manifest does not match its schema:\n  ${failures.join('\n  ')}`, details: { failures } });
  }
  const icons: [IconName, Buffer][] = [];
  for (const name of Object.keys(ICON_SIZES) as IconName[]) {
    const data = readFileSync(path.join(appDir, name));
    await checkIcon(name, data);
    icons.push([name, data]);
  }
  const outDir = options.outDir ?? path.join(appDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${options.envName}.zip`);
  const entries = Object.fromEntries([['manifest.json', Buffer.from(text, 'utf8')], ...icons]);
  writeFileSync(zipPath, zipSync(entries, { level: 9, mtime: ZIP_TIMESTAMP }));
  return { zipPath, manifest };
}

function definedOnly(values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => !!entry[1]));
}

/** `npm run package [-- <env>]`: env name from the argument, else TEAMSFX_ENV, else `dev`. */
async function main(): Promise<void> {
  const envName = process.argv[2] ?? process.env.TEAMSFX_ENV ?? 'dev';
  try {
    const built = await buildPackage({ envName, overrides: process.env });
    process.stdout.write(`Built ${path.relative(process.cwd(), built.zipPath)}\n`);
  } catch (error) {
    process.stderr.write(`Could not build the Teams app package: ${isAppError(error) ? error.message : inspect(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
