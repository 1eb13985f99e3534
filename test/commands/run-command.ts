import { CommandRouter } from '../../src/commands/command-router';
import { pimCommands } from '../../src/commands/pim-commands';
import type { TestUseCaseDeps } from '../support/fakes/use-case-deps';
import { RecordingTurn } from '../support/fakes/recording-turn';

/** Routes `text` through the real router with the PIM commands; returns the recorded turn. */
export async function runCommand(deps: TestUseCaseDeps, text: string, turn = new RecordingTurn()): Promise<RecordingTurn> {
  await new CommandRouter(pimCommands(deps), deps).route(turn, text);
  return turn;
}
