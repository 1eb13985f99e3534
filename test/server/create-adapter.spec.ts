import assert from 'node:assert/strict';
import { TurnContext } from 'botbuilder';
import { reportTurnError, TURN_ERROR_TEXT } from '../../src/server/create-adapter';
import { silentLogger } from '../../src/logging/json-logger';
import { activity, message } from '../support/fakes/activities';
import { RecordingAdapter } from '../support/fakes/recording-adapter';

describe('reportTurnError', () => {
  it('logs with the activity id and tells the user something readable with that reference', async () => {
    const adapter = new RecordingAdapter();
    const logged: unknown[] = [];
    const logger = { ...silentLogger, error: (_m: string, fields?: unknown) => logged.push(fields) };
    await reportTurnError(new TurnContext(adapter, message('alerts', 'personal', { id: 'act-55' })), new Error('inner secret'), logger);
    assert.equal((logged[0] as { correlationId: string }).correlationId, 'act-55');
    assert.equal(adapter.texts[0], `${TURN_ERROR_TEXT} (reference: act-55)`);
  });

  it('sends nothing for non-message activities (the invoke answers for itself)', async () => {
    const adapter = new RecordingAdapter();
    await reportTurnError(new TurnContext(adapter, activity({ type: 'conversationUpdate' })), new Error('x'), silentLogger);
    assert.equal(adapter.sent.length, 0);
  });
});
