import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { AppError } from '../../errors/app-error';

/**
 * The Agents Toolkit's view of an environment: `env/.env.<name>` overlaid with the git-ignored
 * `env/.env.<name>.user` (secrets). The first file must exist.
 */
export function readEnvironment(envDir: string, envName: string): Record<string, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) {
    throw new AppError('configuration', { userMessage: `Environment name "${envName}" may only use letters, digits, "-" and "_".` });
  }
  const main = path.join(envDir, `.env.${envName}`);
  if (!existsSync(main)) {
    throw new AppError('configuration', { userMessage: `No environment file ${main}: create it (see env/README.md) or pass another environment name.` });
  }
  const user = `${main}.user`;
  return { ...readEnvFile(main), ...(existsSync(user) ? readEnvFile(user) : {}) };
}

/** A dotenv file's values, read with Node's own parser (`util.parseEnv`, the one behind `node --env-file`). */
export function readEnvFile(file: string): Record<string, string> {
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}
