import { dismissAlert } from '../use-cases/dismiss-alert';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { Command } from './command';
import { findAlert, replyWithResult } from './find-alert';

/** `dismiss <alert>`: dismisses an active alert (audited). */
export function dismissCommand(deps: UseCaseDeps): Command {
  const usage = 'dismiss <alert>';
  return {
    name: 'dismiss',
    summary: 'dismiss an alert until its next scan finds it again',
    usage,
    access: 'write',
    async handle(turn, input) {
      const alert = await findAlert(deps.pim, turn, input.text, usage);
      if (alert) await replyWithResult(turn, await dismissAlert(deps, turn, alert.id));
    },
  };
}
