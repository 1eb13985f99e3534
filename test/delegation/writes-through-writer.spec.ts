import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { productFiles, SRC } from '../support/product-files';

const WRITE_METHODS = 'dismissAlert|refreshAlert|refreshAllAlerts|remediateIncident|updateAlertConfiguration';
/** The app's own clients: the route deps' PimAlerts, the composition root's `clients.app`, an Azure scope list of the app. */
const WRITE_ON_APP_CREDENTIAL = new RegExp(`\\b(deps\\.pim|clients\\.app|azure\\.app)\\.(${WRITE_METHODS})\\(`);
/** The watcher's refresh before each poll is the app's own scan: refused at start-up with WRITE_MODE=delegated. */
const APP_ONLY = new Set(['notifications/incident-watcher.ts']);
/** The only files that send a write (PATCH/POST) to Graph or Resource Manager: ports whose transport carries the user's token per call. */
const WRITING_PORTS = new Set(['pim/graph/graph-pim-alerts.ts', 'pim/arm/arm-scope-alerts.ts']);
const SENDS_A_WRITE = /\.send\(\{ method: '(PATCH|POST)'|\.send\('(PATCH|POST)'/;

const product = (): { file: string; text: string }[] => productFiles()
  .map((file) => ({ file: path.relative(SRC, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));

describe('every Graph and Resource Manager write runs with the turn\'s writer (WRITE_MODE)', () => {
  it('no product file writes through the app\'s own client: writes take deps.writes.forWrite(turn, alertId) or auditedWrite', () => {
    const offenders = product().filter(({ file, text }) => !APP_ONLY.has(file) && WRITE_ON_APP_CREDENTIAL.test(text)).map(({ file }) => file);
    assert.deepEqual(offenders, []);
  });

  it('only the Graph and Resource Manager ports send writes, so an Azure write cannot bypass the user\'s Resource Manager token', () => {
    const offenders = product().filter(({ file, text }) => !file.startsWith('tools/') && !WRITING_PORTS.has(file) && SENDS_A_WRITE.test(text)).map(({ file }) => file);
    assert.deepEqual(offenders, []);
  });
});
