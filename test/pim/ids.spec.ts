import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GUID, isAlertId, isGuid } from '../../src/pim/ids';
import { SRC, typeScriptFiles } from '../support/product-files';


describe('GUIDs and alert ids', () => {
  it('a GUID is 8-4-4-4-12 hex digits in either case, nothing around it', () => {
    assert.ok(isGuid('11111111-2222-4333-8444-abcdefABCDEF'));
    for (const bad of ['', '{11111111-2222-4333-8444-555555555555}', ' 11111111-2222-4333-8444-555555555555', '11111111-2222-4333-8444-55555555555', '1111111g-2222-4333-8444-555555555555', 42]) {
      assert.equal(isGuid(bad), false, String(bad));
    }
    assert.equal(GUID.test('11111111-2222-4333-8444-555555555555\n'), false);
  });

  it('an alert id is DirectoryRole_, a tenant GUID and an alert key', () => {
    assert.ok(isAlertId('DirectoryRole_11111111-2222-4333-8444-555555555555_StaleSignInAlert'));
    assert.equal(isAlertId('DirectoryRole_not-a-guid_StaleSignInAlert'), false);
  });

  it('the GUID pattern is written once, in src/pim/ids.ts (config, auth, triage, cards and the simulator use it)', () => {
    const writing = typeScriptFiles(SRC).filter((file) => /\[0-9a-fA-F\]\{8\}-|\[0-9a-f\]\{8\}-/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(writing.map((file) => path.relative(SRC, file).split(path.sep).join('/')), ['pim/ids.ts']);
  });
});
