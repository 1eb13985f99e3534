import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnvFile, readEnvironment } from '../../../src/tools/teams-package/env-file';

describe('env files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'env-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads KEY=value lines, quotes, comments, empty values, export and multi-line quoted values', () => {
    const file = path.join(dir, '.env.x');
    writeFileSync(file, ['# comment', 'A=1', 'B = " (dev)"', "C='x # y'", 'D=', 'E=plain # trailing', 'export F=f', 'G="two', 'lines"'].join('\n'));
    assert.deepEqual(readEnvFile(file), { A: '1', B: ' (dev)', C: 'x # y', D: '', E: 'plain', F: 'f', G: 'two\nlines' });
  });

  describe('readEnvironment', () => {
    it('overlays .env.<name>.user on .env.<name>', () => {
      writeFileSync(path.join(dir, '.env.dev'), 'A=1\nB=2\n');
      writeFileSync(path.join(dir, '.env.dev.user'), 'B=secret\n');
      assert.deepEqual(readEnvironment(dir, 'dev'), { A: '1', B: 'secret' });
    });

    it('names the missing file, and refuses a name that is a path', () => {
      assert.throws(() => readEnvironment(dir, 'prod'), /No environment file .*\.env\.prod/);
      assert.throws(() => readEnvironment(dir, '../etc'), /may only use letters/);
    });
  });
});
