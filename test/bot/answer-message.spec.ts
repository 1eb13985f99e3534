import assert from 'node:assert/strict';
import { answerCommand, answerInvoke, answerSubmit } from '../../src/bot/answer-message';
import type { OutgoingMessage } from '../../src/cards/outgoing-message';
import { cardResult, textResult } from '../../src/use-cases/use-case-result';
import { READER, RecordingTurn } from '../support/fakes/recording-turn';
import { RecordingLogger } from '../support/fakes/recording-logger';

const CARD = { type: 'AdaptiveCard', version: '1.5', body: [] };

/** A turn whose in-place updates fail (the posted message was deleted, or Teams refuses). */
class FailingUpdateTurn extends RecordingTurn {
  override update(_activityId: string, _message: OutgoingMessage): Promise<void> {
    return Promise.reject(new Error('message gone'));
  }
}

describe('results into the Teams wire format (src/bot/answer-message)', () => {
  it('an invoke answers with the card; a shared card also replaces the posted message for everyone', async () => {
    const turn = new RecordingTurn(READER, 'posted-1');
    const body = await answerInvoke(turn, cardResult(CARD, { updatesSharedMessage: true }), new RecordingLogger());
    assert.deepEqual([body.statusCode, body.type, body.value], [200, 'application/vnd.microsoft.card.adaptive', CARD]);
    assert.deepEqual(turn.updates, [{ activityId: 'posted-1', message: { card: CARD } }]);
    await answerInvoke(turn, cardResult(CARD), new RecordingLogger());
    assert.equal(turn.updates.length, 1, 'a card for the clicker alone is not put in place for everyone');
  });

  it('when the shared update fails the clicker still gets the card, and the failure is logged with the correlation id', async () => {
    const logger = new RecordingLogger();
    const body = await answerInvoke(new FailingUpdateTurn(READER, 'posted-1'), cardResult(CARD, { updatesSharedMessage: true }), logger);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(logger.find(/not updated in place/).map((entry) => [entry.level, entry.fields.correlationId]), [['warn', 'activity-1']]);
  });

  it('a command posts its card with the summary (the preview line) and runs afterPost with the posted id; a text is a text', async () => {
    const turn = new RecordingTurn();
    const posted: string[] = [];
    await answerCommand(turn, cardResult(CARD, { summary: 'Daily digest: 2 new incidents.', afterPost: (id) => posted.push(id) }));
    await answerCommand(turn, textResult('done'));
    assert.deepEqual(turn.replies, [{ card: CARD, summary: 'Daily digest: 2 new incidents.' }, { text: 'done' }]);
    assert.deepEqual(posted, ['msg-1']);
  });

  it('an Action.Submit fallback puts the card in place of the clicked one, and answers a refusal with its text', async () => {
    const turn = new RecordingTurn(READER, 'clicked-1');
    await answerSubmit(turn, cardResult(CARD));
    await answerSubmit(turn, { kind: 'refused', text: 'Only PIM alert administrators can do that.' });
    assert.deepEqual(turn.updates, [{ activityId: 'clicked-1', message: { card: CARD } }]);
    assert.deepEqual(turn.texts, ['Only PIM alert administrators can do that.']);
  });
});
