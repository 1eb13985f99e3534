import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { askRemediation } from '../use-cases/remediate-incident';
import type { Command } from './command';
import { findAlert, replyWithResult } from './find-alert';

/** `remediate <alert> <incident id, user name or UPN>`: always through a confirmation card. */
export function remediateCommand(deps: UseCaseDeps): Command {
  const usage = 'remediate <alert> <incident id, user name or UPN>';
  return {
    name: 'remediate',
    summary: 'fix one incident (e.g. remove a user from a role), after you confirm',
    usage,
    access: 'write',
    async handle(turn, input) {
      const [alertQuery = '', ...rest] = input.words;
      const incident = rest.join(' ').trim();
      if (incident === '') {
        await turn.reply({ text: `Usage: ${usage}` });
        return;
      }
      const alert = await findAlert(deps.pim, turn, alertQuery, usage);
      if (alert) await replyWithResult(turn, await askRemediation(deps, turn, { alertId: alert.id, incident, page: 0, typed: true }));
    },
  };
}
