import { ActionRouter } from '../../src/actions/action-router';
import { CARD_ACTIONS } from '../../src/actions/card-actions';
import type { InvokeResult } from '../../src/actions/invoke-result';
import type { TestUseCaseDeps } from '../support/fakes/use-case-deps';
import { RecordingTurn } from '../support/fakes/recording-turn';

/** Sends one card action through the real action table. */
export function runAction(deps: TestUseCaseDeps, verb: unknown, data: unknown, turn = new RecordingTurn(undefined, 'card-msg-1')): Promise<InvokeResult> {
  return new ActionRouter(CARD_ACTIONS, deps).handle(turn, verb, data);
}

export const cardJson = (result: InvokeResult): string => JSON.stringify(result.value);
