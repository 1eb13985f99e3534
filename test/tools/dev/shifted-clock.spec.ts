import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { clockShiftOf, CLOCK_SHIFT_VARIABLE, shiftClock } from '../../../src/tools/dev/shifted-clock';

const DAY_MS = 86_400_000;

describe('shifted clock (the browser test’s fixed dates)', () => {
  it('moves Date.now(), new Date() and Date() by the offset, still running; explicit dates, parsing and instanceof are untouched', () => {
    const realBefore = Date.now();
    const restore = shiftClock(DAY_MS);
    try {
      const shifted = new Date();
      assert.ok(Math.abs(Date.now() - realBefore - DAY_MS) < 5_000);
      assert.ok(Math.abs(shifted.getTime() - realBefore - DAY_MS) < 5_000);
      assert.ok(shifted instanceof Date);
      assert.equal(new Date(0).toISOString(), '1970-01-01T00:00:00.000Z');
      assert.equal(new Date(2026, 0, 5).getFullYear(), 2026);
      assert.equal(Date.parse('2026-01-05T09:00:00Z'), 1_767_603_600_000);
      assert.equal(new Date(Date()).getUTCDate(), new Date(realBefore + DAY_MS).getUTCDate());
    } finally {
      restore();
    }
    assert.ok(Math.abs(Date.now() - realBefore) < 5_000, 'the real clock is back');
  });

  it('reads the bot’s offset from PIM_DEV_CLOCK_SHIFT_MS and refuses anything but whole milliseconds', () => {
    assert.equal(clockShiftOf({}), undefined);
    assert.equal(clockShiftOf({ [CLOCK_SHIFT_VARIABLE]: '-3600000' }), -3_600_000);
    assert.throws(() => clockShiftOf({ [CLOCK_SHIFT_VARIABLE]: '1e3' }), /whole number of milliseconds/);
  });

  it('the preload shifts a process started with it, before its own code reads the time', () => {
    const preload = path.resolve(__dirname, '../../../src/tools/dev/shifted-clock-preload.js');
    const printed = execFileSync(process.execPath, ['--require', preload, '-e', 'process.stdout.write(new Date().toISOString())'], {
      env: { ...process.env, [CLOCK_SHIFT_VARIABLE]: String(Date.parse('2026-01-05T09:00:00Z') - Date.now()) },
    }).toString();
    assert.match(printed, /^2026-01-05T09:00:0\d/);
  });
});
