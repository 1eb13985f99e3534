import assert from 'node:assert/strict';
import { AppError } from '../../src/errors/app-error';
import { formatUtc, parseSnoozeUntil } from '../../src/triage/snooze-until';

const NOW = new Date('2026-12-02T10:00:00Z');
const until = (text: string): string => parseSnoozeUntil(text.split(' '), NOW).until.toISOString();
const refused = (text: string, message: RegExp): void => {
  assert.throws(() => parseSnoozeUntil(text.split(' '), NOW), (error: unknown) => error instanceof AppError && error.code === 'invalidInput' && message.test(error.message));
};

describe('snooze times', () => {
  it('reads durations in minutes, hours, days and weeks, and keeps the rest as the reason', () => {
    assert.equal(until('30m'), '2026-12-02T10:30:00.000Z');
    assert.equal(until('4h'), '2026-12-02T14:00:00.000Z');
    assert.equal(until('2D'), '2026-12-04T10:00:00.000Z');
    assert.equal(until('1w'), '2026-12-09T10:00:00.000Z');
    assert.deepEqual(parseSnoozeUntil(['4h', 'change', 'freeze'], NOW).rest, ['change', 'freeze']);
  });

  it('reads "until" a date (00:00 UTC), a date and time (UTC), or one with an offset', () => {
    assert.equal(until('until 2026-12-05'), '2026-12-05T00:00:00.000Z');
    assert.equal(until('until 2026-12-05T14:00'), '2026-12-05T14:00:00.000Z');
    assert.equal(until('until 2026-12-05 14:00 reason'), '2026-12-05T14:00:00.000Z');
    assert.equal(until('until 2026-12-05T14:00+01:00'), '2026-12-05T13:00:00.000Z');
    assert.deepEqual(parseSnoozeUntil('until 2026-12-05 14:00 patch night'.split(' '), NOW).rest, ['patch', 'night']);
  });

  it('refuses impossible dates, the past, more than 90 days and unknown forms, saying which forms work', () => {
    refused('until 2026-02-30', /not a date.*until 2026-12-05/);
    refused('until 2026-12-01', /future/);
    refused('until 2027-06-01', /too long.*90 days/);
    refused('0h', /future/);
    refused('soon', /not a snooze time/);
    refused('until tomorrow', /not a date/);
  });

  it('shows times in UTC, so everyone in a channel reads the same time', () => {
    assert.equal(formatUtc('2026-12-05T14:00:00.000Z'), '2026-12-05 14:00 UTC');
  });
});
