import { usageMarkdown } from '../usage-markdown';
import { alertDisplayName } from '../../cards/alert-headline';
import { AppError } from '../../errors/app-error';
import { alertTypeInfo, type SettingSpec } from '../../pim/alert-catalog';
import type { Alert, SettingValue } from '../../pim/model';
import { describeSetting } from '../../pim/settings/describe-setting';
import { describeSeconds } from '../../pim/settings/iso-duration';
import { parseSettingAssignment } from '../../pim/settings/parse-setting-assignment';
import { findSetting, IS_ENABLED } from '../../pim/settings/setting-lookup';
import { changeConfiguration } from '../../use-cases/change-configuration';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'config <alert> [setting=value ...]';

/** `config <alert>` shows the settings (read); with `name=value` pairs it changes them (write, audited). */
export const configCommand = commandRoute({
  name: 'config',
  aliases: ['configure', 'settings'],
  summary: "show an alert's settings, or change them (e.g. `config staleSignIn duration=30`)",
  usage,
  access: (input) => (input.words.length > 1 ? 'write' : 'read'),
  async handle(deps, turn, input) {
    const [alertQuery = '', ...assignments] = input.words;
    const found = await findAlert(deps.pim, alertQuery, usage);
    if ('answer' in found) return found.answer;
    const { alert } = found;
    if (assignments.length === 0) return textResult(describeConfiguration(alert));
    const changes = parseAssignments(alert, assignments);
    await changeConfiguration(deps, turn, alert, changes, changeSummary(alert, changes));
    const lines = Object.entries(changes).map(([name, value]) => `- ${name} = ${describeChange(alert, name, value)}`);
    return textResult(`Updated ${alertDisplayName(alert)}:\n${lines.join('\n')}`);
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

function describeConfiguration(alert: Alert): string {
  const configuration = alert.configuration;
  if (!configuration) return `${alertDisplayName(alert)} has no configuration I can read.`;
  const specs = alert.alertKey ? alertTypeInfo(alert.alertKey).settings : [];
  const lines = [`- isEnabled (Enabled) = ${configuration.isEnabled ? 'true' : 'false'}`];
  for (const spec of specs) {
    lines.push(`- ${spec.name} (${spec.label}, ${settingRange(spec)}) = ${describeSetting(spec, configuration.settings[spec.name])}`);
  }
  const hint = alert.definition?.isConfigurable === false ? '\n\nThis alert type only allows isEnabled to change.' : '';
  return `Settings of ${alertDisplayName(alert)}:\n${lines.join('\n')}\n\nChange with: ${usageMarkdown('config <alert> name=value')}${hint}`;
}

/** "Changed 'Roles don't require MFA' threshold: 3 → 5, isEnabled: true → false". */
function changeSummary(alert: Alert, changes: Readonly<Record<string, SettingValue>>): string {
  const parts = Object.entries(changes).map(([name, value]) => {
    const old = name === IS_ENABLED ? alert.configuration?.isEnabled : alert.configuration?.settings[name];
    const before = old === undefined || old === null ? 'unset' : describeChange(alert, name, old);
    return `${name}: ${before} → ${describeChange(alert, name, value)}`;
  });
  return `Changed '${alertDisplayName(alert)}' ${parts.join(', ')}`;
}

function describeChange(alert: Alert, name: string, value: SettingValue): string {
  const spec = findSetting(alert.alertKey, name);
  return spec === IS_ENABLED ? String(value) : describeSetting(spec, value);
}

/** The accepted range as people read it: `2–100`, `0–100%`, `1–365 days`, `1 second–30 days`. */
function settingRange(spec: SettingSpec): string {
  if (spec.kind === 'integer') return `${spec.min}–${spec.max}${spec.unit ?? ''}`;
  if (spec.kind === 'days') return `${spec.min}–${spec.max} days`;
  return `${describeSeconds(spec.min)}–${describeSeconds(spec.max)}`;
}
