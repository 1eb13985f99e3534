import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const entry = path.join(__dirname, '..', '..', 'src', 'index.js');

describe('main (npm start)', () => {
  it('prints the configuration problem and exits non-zero', () => {
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty' }, encoding: 'utf8', timeout: 15_000,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Configuration error: PORT must be a whole number/);
  });
});
