import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { fillPlaceholders, placeholderNames } from '../../../src/tools/teams-package/manifest-template';

describe('manifest placeholders', () => {
  const template = '{"id":"${{TEAMS_APP_ID}}","name":"PIM Alerts${{APP_NAME_SUFFIX}}","bot":"${{ BOT_ID }}","again":"${{TEAMS_APP_ID}}"}';

  it('lists each placeholder once', () => {
    assert.deepEqual(placeholderNames(template), ['TEAMS_APP_ID', 'APP_NAME_SUFFIX', 'BOT_ID']);
  });

  it('fills values, JSON-escaped, and allows an empty name suffix', () => {
    const filled = fillPlaceholders(template, { TEAMS_APP_ID: 'a', APP_NAME_SUFFIX: '', BOT_ID: 'say "hi"' }, 'env');
    assert.deepEqual(JSON.parse(filled), { id: 'a', name: 'PIM Alerts', bot: 'say "hi"', again: 'a' });
  });

  it('names every missing or empty variable in one error', () => {
    assert.throws(
      () => fillPlaceholders(template, { TEAMS_APP_ID: '  ' }, 'env/.env.dev'),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'configuration' &&
        error.message.startsWith('env/.env.dev has no value for TEAMS_APP_ID, APP_NAME_SUFFIX, BOT_ID'),
    );
  });
});
