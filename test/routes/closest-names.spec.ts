import assert from 'node:assert/strict';
import { closestNames, editDistance } from '../../src/routes/closest-names';

describe('closestNames: "did you mean"', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, ignoring case', () => {
    assert.equal(editDistance('alerts', 'alrets'), 1);
    assert.equal(editDistance('staleSignon', 'STALESIGNIN'), 1);
    assert.equal(editDistance('help', 'hepl'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('suggests only names a typo away (a quarter of the letters, at least one), the closest first', () => {
    const names = ['alerts', 'alert', 'audit', 'snooze'];
    const self = (name: string): string[] => [name];
    assert.deepEqual(closestNames('alrets', names, self), ['alerts']);
    assert.deepEqual(closestNames('snoze', names, self), ['snooze']);
    assert.deepEqual(closestNames('frobnicate', names, self), []);
    assert.deepEqual(closestNames('x'.repeat(65), names, self), []);
  });
});
