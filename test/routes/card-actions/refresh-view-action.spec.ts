import assert from 'node:assert/strict';
import { CARD_TYPE, ERROR_TYPE } from '../../../src/bot/invoke-response';
import { VERBS } from '../../../src/cards/verbs';
import { alertIdOf } from '../../support/fakes/alert-fixtures';
import { ADMIN, READER, RecordingTurn } from '../../support/fakes/recording-turn';
import { runAction } from './run-action';
import { buttonVerbs, ChannelTurn, userSpecificDeps, WRITE_VERBS } from './user-specific-views';

const STALE = alertIdOf('StaleSignInAlert');

describe('refresh-view card action (user-specific views)', () => {
  it('an administrator\'s automatic refresh: the card with write buttons and without a refresh block', async () => {
    const deps = userSpecificDeps();
    for (const data of [{ alertId: STALE, page: 0 }, { alertId: STALE, page: 0, compact: true }, { scope: 'all' }]) {
      const result = await runAction(deps, VERBS.refreshView, data, new ChannelTurn(ADMIN, 'card-1'));
      assert.equal(result.statusCode, 200, JSON.stringify(result.value));
      assert.equal(result.type, CARD_TYPE);
      const card = result.value as Record<string, unknown>;
      assert.equal(card.refresh, undefined, 'no refresh: no loop');
      assert.ok(buttonVerbs(card).includes(VERBS.refresh), buttonVerbs(card).join(', '));
    }
  });

  it('anyone else: the read-only card, also without a refresh block', async () => {
    const deps = userSpecificDeps();
    const result = await runAction(deps, VERBS.refreshView, { alertId: STALE, page: 0 }, new ChannelTurn(READER, 'card-1'));
    assert.equal(result.type, CARD_TYPE);
    const card = result.value as Record<string, unknown>;
    assert.equal(card.refresh, undefined);
    assert.deepEqual(buttonVerbs(card).filter((verb) => WRITE_VERBS.includes(verb)), []);
  });

  it('refuses anything but one alert with its page, or all alerts, with a readable 400', async () => {
    const deps = userSpecificDeps();
    const bad: unknown[] = [
      null, [], 'x', {}, { alertId: STALE }, { page: 0 }, { alertId: STALE, page: -1 }, { alertId: '../x', page: 0 },
      { scope: 'all', page: 0 }, { scope: 'all', alertId: STALE, page: 0 }, { scope: 'some' }, { alertId: STALE, page: 0, compact: 'yes' },
      { alertId: STALE, page: 0, extra: 1 }, JSON.parse('{"__proto__":{"x":1},"scope":"all"}'),
    ];
    for (const data of bad) {
      const result = await runAction(deps, VERBS.refreshView, data, new RecordingTurn(ADMIN));
      assert.equal(result.statusCode, 400, JSON.stringify(data));
      assert.equal(result.type, ERROR_TYPE);
      assert.equal(typeof (result.value as { message: unknown }).message, 'string');
    }
    assert.equal(deps.pim.calls.length, 0);
  });
});
