import assert from 'node:assert/strict';
import { AppError, isAppError, toAppError } from '../../src/errors/app-error';
import { ERROR_CATALOGUE } from '../../src/errors/error-codes';

describe('AppError', () => {
  it('uses the catalogue message unless given a specific one', () => {
    assert.equal(new AppError('graphBusy').message, ERROR_CATALOGUE.graphBusy);
    assert.equal(new AppError('notFound', { userMessage: 'No alert "x".' }).message, 'No alert "x".');
  });

  it('wraps anything else as internal, keeping the cause, and passes app errors through', () => {
    const original = new AppError('timeout');
    assert.equal(toAppError(original), original);
    const wrapped = toAppError(new TypeError('boom'));
    assert.ok(isAppError(wrapped));
    assert.equal(wrapped.code, 'internal');
    assert.equal((wrapped.cause as Error).message, 'boom');
    assert.doesNotMatch(wrapped.message, /boom/);
  });
});
