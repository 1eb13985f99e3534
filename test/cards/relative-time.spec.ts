import assert from 'node:assert/strict';
import { formatRelativeTime, formatUtc } from '../../src/cards/relative-time';

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const cases: [string | null, string][] = [
    [null, 'never'],
    ['garbage', 'unknown'],
    ['2026-11-23T11:59:30Z', 'just now'],
    ['2026-11-23T11:59:00Z', '1 minute ago'],
    ['2026-11-23T09:00:00Z', '3 hours ago'],
    ['2026-11-20T12:00:00Z', '3 days ago'],
    ['2025-11-01T12:00:00Z', '1 year ago'],
    ['2026-11-23T14:00:00Z', 'in 2 hours'],
  ];
  for (const [iso, expected] of cases) {
    it(`${String(iso)} → ${expected}`, () => assert.equal(formatRelativeTime(iso, now), expected));
  }

  it('formats UTC timestamps to the minute', () => {
    assert.equal(formatUtc(now), '2026-11-23 12:00 UTC');
  });
});
