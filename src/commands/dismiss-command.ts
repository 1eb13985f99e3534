import { dismissFlow } from '../actions/flows/dismiss-flow';
import type { FlowDeps } from '../actions/flows/flow-deps';
import type { Command } from './command';
import { findAlert, replyWithResult } from './find-alert';

/** `dismiss <alert>`: dismisses an active alert (audited). */
export function dismissCommand(deps: FlowDeps): Command {
  const usage = 'dismiss <alert>';
  return {
    name: 'dismiss',
    summary: 'dismiss an alert until its next scan finds it again',
    usage,
    access: 'write',
    async handle(turn, input) {
      const alert = await findAlert(deps.pim, turn, input.text, usage);
      if (alert) await replyWithResult(turn, await dismissFlow(deps, turn, alert.id));
    },
  };
}
