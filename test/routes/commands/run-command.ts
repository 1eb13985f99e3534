import { answerCommand } from '../../../src/bot/answer-message';
import { ROUTES } from '../../../src/routes/route-table';
import { Router } from '../../../src/routes/router';
import type { TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { RecordingTurn } from '../../support/fakes/recording-turn';

/** Routes `text` through the real route table and answers as the bot does; returns the recorded turn. */
export async function runCommand(deps: TestUseCaseDeps, text: string, turn = new RecordingTurn()): Promise<RecordingTurn> {
  await answerCommand(turn, await new Router(ROUTES, deps).command(turn, text));
  return turn;
}
