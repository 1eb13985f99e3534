import assert from 'node:assert/strict';
import { describeInstant, nextRun, periodStart, type DigestSchedule } from '../../src/digest/digest-schedule';
import { canonicalTimeZone, instantOf } from '../../src/digest/zoned-time';

const at = (iso: string): number => Date.parse(iso);
const iso = (epochMs: number): string => new Date(epochMs).toISOString();
const berlinDaily: DigestSchedule = { cadence: 'daily', hour: 8, minute: 0, timeZone: 'Europe/Berlin' };

describe('digest schedule (time zones, DST)', () => {
  it('accepts IANA names in any case and answers an unknown zone with a clear error', () => {
    assert.equal(canonicalTimeZone('europe/berlin'), 'Europe/Berlin');
    assert.equal(canonicalTimeZone('UTC'), 'UTC');
    assert.throws(() => canonicalTimeZone('Mars/Olympus_Mons'), (error: Error) =>
      /"Mars\/Olympus\\_Mons" is not a time zone I know\. Use an IANA name such as Europe\/Berlin/.test(error.message));
    assert.throws(() => canonicalTimeZone('+25:00'), /not a time zone I know/);
  });

  it('daily 08:00 Berlin is 06:00 UTC in summer and 07:00 UTC in winter, across the October change', () => {
    assert.equal(iso(nextRun(berlinDaily, at('2026-10-24T05:00:00Z'))), '2026-10-24T06:00:00.000Z');
    assert.equal(iso(nextRun(berlinDaily, at('2026-10-24T06:00:00Z'))), '2026-10-25T07:00:00.000Z', 'strictly after, and on the winter offset');
    assert.equal(iso(nextRun(berlinDaily, at('2026-03-28T07:30:00Z'))), '2026-03-29T06:00:00.000Z', 'spring: the 23-hour day');
  });

  it('a time skipped by spring-forward moves on by the gap; a repeated one takes its first instant', () => {
    const skipped = { ...berlinDaily, hour: 2, minute: 30 };
    assert.equal(iso(nextRun(skipped, at('2026-03-28T12:00:00Z'))), '2026-03-29T01:30:00.000Z', '02:30 does not exist: 03:30 CEST');
    assert.equal(iso(nextRun(skipped, at('2026-10-24T12:00:00Z'))), '2026-10-25T00:30:00.000Z', '02:30 happens twice: the CEST one');
    assert.equal(iso(nextRun(skipped, at('2026-10-25T00:30:00Z'))), '2026-10-26T01:30:00.000Z', 'and only once that day');
    assert.equal(iso(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 15 }, 'America/New_York')), '2026-03-08T07:15:00.000Z');
  });

  it('weekly Monday 09:00 New York: the next Monday, on the right side of the US change', () => {
    const weekly: DigestSchedule = { cadence: 'weekly', weekday: 1, hour: 9, minute: 0, timeZone: 'America/New_York' };
    assert.equal(iso(nextRun(weekly, at('2026-12-02T12:00:00Z'))), '2026-12-07T14:00:00.000Z', 'Wednesday → Monday, EST');
    assert.equal(iso(nextRun(weekly, at('2026-03-03T12:00:00Z'))), '2026-03-09T13:00:00.000Z', 'the Monday after the change: EDT');
    assert.equal(iso(nextRun(weekly, at('2026-12-07T14:00:00Z'))), '2026-12-14T14:00:00.000Z', 'at the run itself: a week later');
    assert.equal(iso(periodStart(weekly, at('2026-03-09T13:00:00Z'))), '2026-03-02T14:00:00.000Z', 'the period is 7 local days (167 hours here)');
  });

  it('a zone east of UTC whose local date is ahead: Auckland daily 07:00', () => {
    const auckland: DigestSchedule = { cadence: 'daily', hour: 7, minute: 0, timeZone: 'Pacific/Auckland' };
    assert.equal(iso(nextRun(auckland, at('2026-12-01T17:00:00Z'))), '2026-12-01T18:00:00.000Z', '07:00 NZDT on 2 December');
    assert.equal(describeInstant(at('2026-12-01T18:00:00Z'), 'Pacific/Auckland'), 'Wed 2026-12-02 07:00 (Pacific/Auckland)');
  });
});
