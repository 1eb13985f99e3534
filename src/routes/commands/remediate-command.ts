import { usageMarkdown } from '../usage-markdown';
import { askRemediation } from '../../use-cases/remediate-incident';
import { askNamedRemediation } from '../../use-cases/remediate-named';
import { MAX_SELECTED } from '../card-actions/action-data';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'remediate <alert> <incident id, user name or UPN>[, <another>, …]';

/**
 * `remediate <alert> <incident id, user name or UPN>`: always through a confirmation card. Several, separated by
 * commas (from any page, at most one card page's worth): one confirmation listing each, as Remediate selected.
 */
export const remediateCommand = commandRoute({
  name: 'remediate',
  summary: 'fix one incident (e.g. remove a user from a role), or several separated by commas, after you confirm',
  usage,
  access: 'write',
  async handle(deps, turn, input) {
    const [alertQuery = '', ...rest] = input.words;
    const incident = rest.join(' ').trim();
    if (incident === '') return textResult(`Usage: ${usageMarkdown(usage)}`);
    const names = [...new Set(incident.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
    if (names.length > MAX_SELECTED) return textResult(`Name at most ${MAX_SELECTED} incidents at once (you named ${names.length}).`);
    const found = await findAlert(deps.pim, alertQuery, usage, [incident]);
    if ('answer' in found) return found.answer;
    if (names.length > 1) return askNamedRemediation(deps, turn, found.alert.id, names);
    return askRemediation(deps, turn, { alertId: found.alert.id, incident: names[0] ?? incident, page: 0, typed: true });
  },
});
