import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { productFiles, SRC } from '../support/product-files';

const WRITE_ON_APP_CREDENTIAL = /\bdeps\.pim\.(dismissAlert|refreshAlert|refreshAllAlerts|remediateIncident|updateAlertConfiguration)\(/;
/** The watcher's refresh before each poll is the app's own scan: refused at start-up with WRITE_MODE=delegated. */
const APP_ONLY = new Set(['notifications/incident-watcher.ts']);

describe('every Graph write runs with the turn\'s writer (WRITE_MODE)', () => {
  it('no product file writes through the app\'s own deps.pim: writes take deps.writes.forWrite(turn) or auditedWrite', () => {
    const offenders = productFiles()
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((file) => !APP_ONLY.has(file) && WRITE_ON_APP_CREDENTIAL.test(readFileSync(path.join(SRC, file), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
