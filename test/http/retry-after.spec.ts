import { strict as assert } from 'node:assert';
import { retryAfterMs } from '../../src/http/retry-after';

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates', () => {
    assert.equal(retryAfterMs('1'), 1000);
    assert.equal(retryAfterMs(' 0 '), 0);
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now), 5000);
    assert.equal(retryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', now), 0);
  });

  it('ignores unreadable values', () => {
    assert.equal(retryAfterMs('soon'), undefined);
    assert.equal(retryAfterMs('-5'), undefined);
    assert.equal(retryAfterMs(undefined), undefined);
    assert.equal(retryAfterMs(null), undefined);
  });
});
