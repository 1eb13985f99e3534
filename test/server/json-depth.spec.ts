import { strict as assert } from 'node:assert';
import { nestsDeeperThan } from '../../src/server/json-depth';

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings or escaped quotes', () => {
    assert.equal(nestsDeeperThan('{"a":[{"b":1}]}', 3), false);
    assert.equal(nestsDeeperThan('{"a":[{"b":1}]}', 2), true);
    assert.equal(nestsDeeperThan(`{"text":"${'{['.repeat(1000)}"}`, 1), false);
    assert.equal(nestsDeeperThan(`{"text":"\\"${'{'.repeat(10)}"}`, 1), false);
    assert.equal(nestsDeeperThan(`{"text":"\\\\",${'"a":{'.repeat(3)}1}}}}`, 3), true);
  });

  it('answers for 100,000 levels without recursion', () => {
    assert.equal(nestsDeeperThan(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 64), true);
  });
});
