import { usageMarkdown } from '../usage-markdown';
import { askRemediation } from '../../use-cases/remediate-incident';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'remediate <alert> <incident id, user name or UPN>';

/** `remediate <alert> <incident id, user name or UPN>`: always through a confirmation card. */
export const remediateCommand = commandRoute({
  name: 'remediate',
  summary: 'fix one incident (e.g. remove a user from a role), after you confirm',
  usage,
  access: 'write',
  async handle(deps, turn, input) {
    const [alertQuery = '', ...rest] = input.words;
    const incident = rest.join(' ').trim();
    if (incident === '') return textResult(`Usage: ${usageMarkdown(usage)}`);
    const found = await findAlert(deps.pim, alertQuery, usage, [incident]);
    return 'answer' in found ? found.answer : askRemediation(deps, turn, { alertId: found.alert.id, incident, page: 0, typed: true });
  },
});
