import { answerInvoke } from '../../../src/bot/answer-message';
import type { InvokeResult } from '../../../src/bot/invoke-response';
import { ROUTES } from '../../../src/routes/route-table';
import { Router } from '../../../src/routes/router';
import type { TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { RecordingTurn } from '../../support/fakes/recording-turn';

/** Sends one card action through the real route table and answers as the bot does: the invoke response body Teams would get. */
export async function runAction(deps: TestUseCaseDeps, verb: unknown, data: unknown, turn = new RecordingTurn(undefined, 'card-msg-1')): Promise<InvokeResult> {
  return answerInvoke(turn, await new Router(ROUTES, deps).cardAction(turn, verb, data), deps.logger);
}

export const cardJson = (result: InvokeResult): string => JSON.stringify(result.value);
