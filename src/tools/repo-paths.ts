import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project folder (holding package.json and cards/), found from wherever the compiled code runs. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && isOurManifest(manifest)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of pim-alerts-for-teams not found above ${start}`);
    dir = parent;
  }
}

function isOurManifest(file: string): boolean {
  return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'pim-alerts-for-teams';
}

export const REPO_ROOT = findRepoRoot();
export const CARDS_DIR = path.join(REPO_ROOT, 'cards');
