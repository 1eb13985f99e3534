import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/tools/repo-paths';

export const SRC = path.join(REPO_ROOT, 'src');
export const TOOLS = path.join(SRC, 'tools');

/** Every .ts file under `dir`, recursively, leaving out the folder `skip` (if given). */
export function typeScriptFiles(dir: string, skip?: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === skip ? [] : typeScriptFiles(file, skip);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** Every product source file: src/ without the development tooling in src/tools. */
export function productFiles(): string[] {
  return typeScriptFiles(SRC, TOOLS);
}
