import assert from 'node:assert/strict';
import { redact, redactText } from '../../src/logging/redact';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXZhbHVl';

describe('redact', () => {
  it('replaces values of secret-named keys at any depth', () => {
    const result = redact({ a: { password: 'p', appPassword: 'q', nested: [{ accessToken: 't' }] }, keep: 'k' });
    assert.deepEqual(result, { a: { password: '[redacted]', appPassword: '[redacted]', nested: [{ accessToken: '[redacted]' }] }, keep: 'k' });
  });

  it('removes JWTs and bearer credentials from free text', () => {
    assert.equal(redactText(`token ${JWT} end`), 'token [redacted] end');
    assert.equal(redactText('Authorization: Bearer abc.def-ghi_jkl'), 'Authorization: Bearer [redacted]');
  });

  it('keeps error name, code and message, redacted, and follows causes', () => {
    const error = Object.assign(new Error(`bad ${JWT}`, { cause: new Error('inner') }), { code: 'E1' });
    assert.deepEqual(redact(error), {
      name: 'Error', message: 'bad [redacted]', code: 'E1', cause: { name: 'Error', message: 'inner' },
    });
  });

  it('stops at a bounded depth instead of recursing forever', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 20; i += 1) node = (node.next = {});
    assert.match(JSON.stringify(redact(deep)), /\[nested\]/);
  });
});
