import assert from 'node:assert/strict';
import { AppError } from '../../src/errors/app-error';
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

  it('keeps error name, message, code, stack and the cause chain, each redacted', () => {
    const error = Object.assign(new Error(`bad ${JWT}`, { cause: new TypeError('inner') }), { code: 'E1' });
    const result = redact(error) as Record<string, unknown> & { cause: Record<string, unknown> };
    assert.deepEqual([result.name, result.message, result.code], ['Error', 'bad [redacted]', 'E1']);
    assert.match(String(result.stack), /^Error: bad \[redacted\]\n\s+at .*redact\.spec\.js:\d+/);
    assert.deepEqual([result.cause.name, result.cause.message], ['TypeError', 'inner']);
    assert.match(String(result.cause.stack), /^TypeError: inner\n\s+at /);
    assert.doesNotMatch(JSON.stringify(result), /eyJ/);
  });

  it("keeps an error's own fields (AppError details, HTTP status) and an AggregateError's errors, secrets dropped", () => {
    const graph = Object.assign(new Error('Forbidden'), { statusCode: 403, requestId: 'r-1', headers: { Authorization: 'Bearer abcdefghijkl' }, clientSecret: 's3' });
    const app = new AppError('graphForbidden', { details: { alertId: 'a-1' }, cause: graph });
    const result = redact(new AggregateError([app], 'both failed')) as { errors: Record<string, unknown>[] };
    const [first] = result.errors;
    assert.deepEqual([first!.name, first!.code, first!.details], ['AppError', 'graphForbidden', { alertId: 'a-1' }]);
    assert.deepEqual(first!.cause, { ...(first!.cause as object), statusCode: 403, requestId: 'r-1', headers: { Authorization: '[redacted]' }, clientSecret: '[redacted]' });
    assert.doesNotMatch(JSON.stringify(result), /abcdefghijkl|s3"/);
  });

  it('ends a cause cycle at the depth bound', () => {
    const error = new Error('loop');
    error.cause = error;
    assert.match(JSON.stringify(redact(error)), /"cause":\{"name":"Error","message":"loop"\}/);
  });

  it('stops at a bounded depth instead of recursing forever', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 20; i += 1) node = (node.next = {});
    assert.match(JSON.stringify(redact(deep)), /\[nested\]/);
  });
});
