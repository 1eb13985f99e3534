import assert from 'node:assert/strict';
import { parseQuietHours, parseSchedule } from '../../src/digest/digest-input';
import { isQuiet, quietEndsAfter } from '../../src/digest/quiet-hours';

const at = (iso: string): number => Date.parse(iso);

describe('quiet hours and digest input', () => {
  const night = parseQuietHours(['22:00-07:00', 'Europe/Berlin']);

  it('a window across midnight, in local time (start inclusive, end exclusive)', () => {
    assert.deepEqual(night, { startMinute: 1320, endMinute: 420, timeZone: 'Europe/Berlin' });
    assert.equal(isQuiet(night, at('2026-12-01T20:59:00Z')), false, '21:59 local');
    assert.equal(isQuiet(night, at('2026-12-01T21:00:00Z')), true, '22:00 local');
    assert.equal(isQuiet(night, at('2026-12-02T05:59:00Z')), true, '06:59 local');
    assert.equal(isQuiet(night, at('2026-12-02T06:00:00Z')), false, '07:00 local');
    assert.equal(new Date(quietEndsAfter(night, at('2026-12-01T23:00:00Z'))).toISOString(), '2026-12-02T06:00:00.000Z');
  });

  it('a daytime window and the other spellings', () => {
    const lunch = parseQuietHours(['12:00', '13:30']);
    assert.deepEqual(lunch, { startMinute: 720, endMinute: 810, timeZone: 'UTC' });
    assert.equal(isQuiet(lunch, at('2026-12-01T12:45:00Z')), true);
    assert.equal(isQuiet(lunch, at('2026-12-01T13:30:00Z')), false);
  });

  it('bad input gets a clear answer', () => {
    assert.throws(() => parseQuietHours(['22:00-22:00']), /different times/);
    assert.throws(() => parseQuietHours(['25:00-07:00']), /"25:00" is not a time of day/);
    assert.throws(() => parseQuietHours(['22:00-07:00', 'Nowhere/City']), /not a time zone I know/);
    assert.throws(() => parseQuietHours([]), /Usage: quiet/);
  });

  it('parses daily and weekly schedules, with UTC as the default zone', () => {
    assert.deepEqual(parseSchedule(['daily', '8:05']), { cadence: 'daily', hour: 8, minute: 5, timeZone: 'UTC' });
    assert.deepEqual(parseSchedule(['Weekly', 'Monday', '09:00', 'america/new_york']), { cadence: 'weekly', weekday: 1, hour: 9, minute: 0, timeZone: 'America/New_York' });
    assert.throws(() => parseSchedule(['weekly', 'someday', '09:00']), /not a day of the week/);
    assert.throws(() => parseSchedule(['hourly', '09:00']), /Usage: digest daily/);
    assert.throws(() => parseSchedule(['daily', '9am']), /not a time of day/);
  });
});
