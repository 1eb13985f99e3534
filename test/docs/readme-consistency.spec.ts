import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/tools/repo-paths';

const readme = (): string => readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** The README tells one story: the same install command and the same bench duration wherever it says them. */
describe('README: says the same thing everywhere', () => {
  it('installs the project with npm ci only (npm install -g of a tool is another matter)', () => {
    const installs = readme().split('\n').filter((line) => /\bnpm install\b(?!\s+-g)/.test(line));
    assert.deepEqual(installs, [], 'use `npm ci` (the lockfile) everywhere');
    assert.match(readme(), /npm ci && npm run dev/);
  });

  it('gives the full benchmark one duration', () => {
    const durations = new Set([...readme().matchAll(/npm run bench`?(?:,|\s+#[^(\n]*\()\s*(about [^)\n]+)\)/g)].map((match) => match[1]));
    assert.deepEqual([...durations], ['about 6 minutes']);
  });
});
