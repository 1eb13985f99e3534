import { CommandRouter } from '../../src/commands/command-router';
import { pimCommands } from '../../src/commands/pim-commands';
import type { TestFlowDeps } from '../support/fakes/flow-deps';
import { RecordingTurn } from '../support/fakes/recording-turn';

/** Routes `text` through the real router with the PIM commands; returns the recorded turn. */
export async function runCommand(deps: TestFlowDeps, text: string, turn = new RecordingTurn()): Promise<RecordingTurn> {
  await new CommandRouter(pimCommands(deps), deps).route(turn, text);
  return turn;
}
