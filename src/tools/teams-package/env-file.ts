import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error';

/** Parses a dotenv file: `KEY=value` lines, `#` comments, optional single or double quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    const [, key = '', raw = ''] = match;
    values[key] = unquote(raw);
  }
  return values;
}

function unquote(raw: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  if (quoted) return quoted[2] ?? '';
  return raw.replace(/\s+#.*$/, '');
}

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
  return { ...parseEnvFile(readFileSync(main, 'utf8')), ...(existsSync(user) ? parseEnvFile(readFileSync(user, 'utf8')) : {}) };
}
