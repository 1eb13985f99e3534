import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { MAX_ACTION_DATA_BYTES, readActionData } from '../../../src/routes/card-actions/action-data';

const ALERT = 'DirectoryRole_3b0e753b-22fa-4c16-9bf2-470b80be80d6_StaleSignInAlert';
const SCHEMA = { alertId: { kind: 'alertId' }, page: { kind: 'page', optional: true } } as const;

/** `{ alertId: { a: { a: … } } }`, `depth` levels deep: what issue 17 sent (5,000 levels in 10 KB). */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return { alertId: value };
}

const readable = (pattern: RegExp) => (error: unknown): boolean =>
  error instanceof AppError && error.code === 'invalidInput' && pattern.test(error.message);

describe('readActionData', () => {
  it('refuses deeply nested data with a readable invalidInput, not a RangeError', () => {
    for (const depth of [1, 100, 5000, 100_000]) {
      assert.throws(() => readActionData(nested(depth), SCHEMA), readable(/nested value in "alertId"/), `depth ${depth}`);
    }
    const deepArray = { alertId: ALERT, page: JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown };
    assert.throws(() => readActionData(deepArray, SCHEMA), readable(/nested value in "page"/));
  });

  it('refuses too many fields and too much data before walking any of it', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));
    assert.throws(() => readActionData(many, SCHEMA), readable(/too many fields/));
    assert.throws(() => readActionData({ alertId: 'x'.repeat(MAX_ACTION_DATA_BYTES + 1) }, SCHEMA), readable(/too much data/));
  });

  it('still reads flat data of the right kinds', () => {
    assert.deepEqual(readActionData({ alertId: ALERT, page: 2 }, SCHEMA), { alertId: ALERT, page: 2 });
    assert.deepEqual(readActionData({ alertId: ALERT }, SCHEMA), { alertId: ALERT });
  });
});
