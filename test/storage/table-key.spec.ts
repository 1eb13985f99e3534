import assert from 'node:assert/strict';
import { isAppError } from '../../src/errors/app-error';
import { toEntity, toItem } from '../../src/storage/table/table-entity';
import { KEPT_CHARS, MAX_PART_CHARS, ORIGINAL_KEY, fromTableKey, isHashedKey, prefixFilter, toTableKey } from '../../src/storage/table/table-key';

/** A conversation id of 203 characters, as stored (encodeURIComponent, as conversationKey does): 687 escaped characters. */
const LONG_ID = `a:1${'Ab/+='.repeat(40)}`;
const LONG_KEY = `conversations/${encodeURIComponent(LONG_ID)}`;

/** The RowKey bounds of a prefixFilter for a prefix with a '/'. */
function rowRange(prefix: string): { low: string; high: string } {
  const match = /RowKey ge '([^']*)' and RowKey lt '([^']*)'/.exec(prefixFilter(prefix));
  assert.ok(match, prefixFilter(prefix));
  return { low: match[1]!, high: match[2]! };
}

describe('table keys', () => {
  it('leaves short keys escaped as before, and unescapes them', () => {
    const tableKey = toTableKey('conversations/a%3Ab');
    assert.deepEqual(tableKey, { partitionKey: '!conversations', rowKey: '!a%253Ab' });
    assert.equal(isHashedKey(tableKey), false);
    assert.equal(fromTableKey(tableKey), 'conversations/a%3Ab');
  });

  it('hashes a part past the safe length: a 203-character conversation id fits a Table key', () => {
    assert.equal(LONG_ID.length, 203);
    const tableKey = toTableKey(LONG_KEY);
    assert.ok(tableKey.rowKey.length <= MAX_PART_CHARS, `${tableKey.rowKey.length} characters`);
    assert.ok(isHashedKey(tableKey));
    assert.match(tableKey.rowKey, /\}[0-9a-f]{64}$/);
    const long = toTableKey(`${'n'.repeat(600)}/x`);
    assert.ok(long.partitionKey.length <= MAX_PART_CHARS && isHashedKey(long), 'a long namespace too');
    assert.ok(toTableKey('k'.repeat(2000)).partitionKey.length <= MAX_PART_CHARS, 'a long key without a slash too');
  });

  it('never maps two long keys to one Table key, even when they differ only past the kept characters', () => {
    const base = `x/${'y'.repeat(KEPT_CHARS + 100)}`;
    const keys = [`${base}a`, `${base}b`, `${base}ab`, `${base}%61`, `x/${'y'.repeat(MAX_PART_CHARS)}`, `x/${'y'.repeat(MAX_PART_CHARS - 1)}`];
    const rowKeys = keys.map((key) => toTableKey(key).rowKey);
    assert.equal(new Set(rowKeys).size, keys.length);
    assert.equal(isHashedKey(toTableKey(`x/${'y'.repeat(MAX_PART_CHARS - 2)}`)), false, 'the longest unhashed part (with its mark)');
  });

  it('keeps a long key inside the range of every prefix it starts with', () => {
    for (const length of [1, 10, KEPT_CHARS - 5, KEPT_CHARS, KEPT_CHARS + 5, LONG_KEY.length - 1, LONG_KEY.length]) {
      const prefix = LONG_KEY.slice(0, length);
      if (!prefix.includes('/')) continue;
      const { low, high } = rowRange(prefix);
      const { rowKey } = toTableKey(LONG_KEY);
      assert.ok(low <= rowKey && rowKey < high, `prefix of ${length}: ${low.slice(-10)} ≤ ${rowKey.slice(-70, -60)} < ${high.slice(-10)}`);
    }
  });

  it('keeps the original key in the entity of a hashed key, reads it back, and refuses one that does not match its row', () => {
    const entity = toEntity(LONG_KEY, { id: LONG_ID });
    assert.equal(entity[ORIGINAL_KEY], LONG_KEY);
    assert.deepEqual(toItem({ ...entity, etag: 'e' }), { key: LONG_KEY, value: { id: LONG_ID }, etag: 'e' });
    assert.equal(toEntity('short/key', 1)[ORIGINAL_KEY], undefined, 'short keys as before');
    const other = `${LONG_KEY.slice(0, -1)}X`;
    assert.throws(() => toItem({ ...entity, [ORIGINAL_KEY]: other }), (error: unknown) => isAppError(error) && error.code === 'internal');
    assert.throws(() => toItem({ ...entity, [ORIGINAL_KEY]: undefined }), (error: unknown) => isAppError(error) && error.code === 'internal');
  });
});
