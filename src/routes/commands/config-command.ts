import { alertNameInScope } from '../../cards/alert-headline';
import { escapeCardText } from '../../cards/escape-card-text';
import { AppError } from '../../errors/app-error';
import type { Alert, SettingValue } from '../../pim/model';
import { changeParts, describeChange } from '../../pim/settings/change-summary';
import { parseSettingAssignment } from '../../pim/settings/parse-setting-assignment';
import { showSettings } from '../../use-cases/alert-settings';
import { changeConfiguration } from '../../use-cases/change-configuration';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'config <alert> [setting=value ...]';

/** `config <alert>` opens the settings form (read; Save writes); with `name=value` pairs it changes them at once (write, audited). */
export const configCommand = commandRoute({
  name: 'config',
  aliases: ['configure', 'settings'],
  summary: "an alert's settings as a form, or change them directly (e.g. `config staleSignIn duration=30`)",
  usage,
  access: (input) => (input.words.length > 1 ? 'write' : 'read'),
  async handle(deps, turn, input) {
    const [alertQuery = '', ...assignments] = input.words;
    const found = await findAlert(deps.pim, alertQuery, usage, assignments);
    if ('answer' in found) return found.answer;
    const { alert } = found;
    if (assignments.length === 0) return showSettings(deps, turn, alert.id);
    const changes = parseAssignments(alert, assignments);
    await changeConfiguration(deps, turn, alert, changes, changeSummary(alert, changes));
    const lines = Object.entries(changes).map(([name, value]) => `- ${name} = ${describeChange(alert, name, value)}`);
    return textResult(`Updated ${escapeCardText(alertNameInScope(alert), 300)}:\n${lines.join('\n')}`);
  },
});

function parseAssignments(alert: Alert, assignments: readonly string[]): Record<string, SettingValue> {
  const changes: Record<string, SettingValue> = {};
  for (const assignment of assignments) {
    const match = /^([A-Za-z]{1,60})=(.{1,60})$/.exec(assignment);
    if (!match) throw new AppError('invalidSetting', { userMessage: `Write settings as name=value (got "${assignment.slice(0, 60)}"). Usage: ${usage}` });
    changes[match[1]!] = parseSettingAssignment(alert.alertKey, match[1]!, match[2]!);
  }
  return changes;
}

/** "Changed 'Roles don't require MFA' threshold: 3 → 5, isEnabled: true → false". */
function changeSummary(alert: Alert, changes: Readonly<Record<string, SettingValue>>): string {
  return `Changed '${alertNameInScope(alert)}' ${changeParts(alert, changes).join(', ')}`;
}
