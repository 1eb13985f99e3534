import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/tools/repo-paths';

const SRC = path.join(REPO_ROOT, 'src');
const TOOLS = path.join(SRC, 'tools');

/** Every product source file (src/ without the development tooling in src/tools). */
function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === TOOLS ? [] : productFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

const importsBotbuilder = (file: string): boolean => /(?:from|import|require\()\s*['"](?:botbuilder|botframework-)[^'"]*['"]/.test(readFileSync(file, 'utf8'));

describe('botbuilder at the edge', () => {
  it('only the adapter, the activity handler and the Teams activity conversions import botbuilder', () => {
    const importing = productFiles(SRC).filter(importsBotbuilder).map((file) => path.relative(SRC, file).split(path.sep).join('/'));
    assert.deepEqual(importing.sort(), ['bot/pim-activity-handler.ts', 'bot/teams-activity.ts', 'server/create-adapter.ts']);
  });
});
