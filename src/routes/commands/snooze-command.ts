import { alertNameInScope } from '../../cards/alert-headline';
import { escapeCardText } from '../../cards/escape-card-text';
import { AppError } from '../../errors/app-error';
import { formatUtc, parseSnoozeUntil, SNOOZE_FORMS } from '../../triage/snooze-until';
import { actorOf } from '../../triage/triage-actor';
import { snoozeText } from '../../triage/triage-text';
import { recordAudit } from '../../use-cases/audited-write';
import type { Turn } from '../../use-cases/turn';
import type { UseCaseDeps } from '../../use-cases/use-case-deps';
import { textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { commandRoute, type CommandInput } from '../route';
import { nameToType } from './alert-scope-qualifier';
import { findAlert } from './find-alert';

const USAGE = 'snooze <alert> <4h|2d|until 2026-12-05> <reason> | snooze end <alert> | snooze list';
const MAX_REASON = 300;

/** `snooze` and `snooze list` read; starting or ending a snooze writes. */
const listsSnoozes = (input: CommandInput): boolean => input.words.length === 0 || input.words[0]?.toLowerCase() === 'list';

/** `snooze`: hold an alert's notifications until a time (admins), end it early, or list snoozes (readers). */
export const snoozeCommand = commandRoute({
  name: 'snooze',
  summary: `stop notifications for an alert until a time, with a reason (${SNOOZE_FORMS}); \`snooze end <alert>\` ends it, \`snooze list\` shows them`,
  usage: USAGE,
  access: (input) => (listsSnoozes(input) ? 'read' : 'write'),
  handle(deps, turn, input) {
    if (listsSnoozes(input)) return listSnoozes(deps);
    if (input.words[0]?.toLowerCase() === 'end') return endSnooze(deps, turn, input.words.slice(1).join(' '));
    return startSnooze(deps, turn, input);
  },
});

async function listSnoozes(deps: UseCaseDeps): Promise<UseCaseResult> {
  const snoozes = await deps.triage.snoozes.listActive(new Date(deps.now()));
  if (snoozes.length === 0) return textResult('No alert is snoozed.');
  const names = await alertNames(deps);
  const lines = snoozes.slice(0, 50).map((snooze) => `- ${escapeCardText(names.get(snooze.alertId) ?? snooze.alertId, 200)}: ${snoozeText(snooze)}`);
  return textResult(`${snoozes.length} snoozed alert(s):\n${lines.join('\n')}`);
}

async function startSnooze(deps: UseCaseDeps, turn: Turn, input: CommandInput): Promise<UseCaseResult> {
  const [query = '', ...after] = input.words;
  const now = new Date(deps.now());
  const { until, rest } = parseSnoozeUntil(after, now);
  const reason = rest.join(' ').trim();
  if (reason === '') throw new AppError('invalidInput', { userMessage: `Say why, so the channel knows: ${USAGE}` });
  const found = await findAlert(deps.pim, query, USAGE, after);
  if ('answer' in found) return found.answer;
  const { alert } = found;
  const record = { alertId: alert.id, until: until.toISOString(), reason: reason.slice(0, MAX_REASON), by: actorOf(turn.user), at: now.toISOString() };
  const { replaced } = await deps.triage.snoozes.snooze(record);
  await recordAudit(deps, turn, { action: 'snooze', target: alert.id }, 'succeeded', `until ${record.until}${replaced ? ' (replaced an earlier snooze)' : ''}`);
  const name = escapeCardText(alertNameInScope(alert), 200);
  return textResult(`${name}: ${snoozeText(record)} Type "snooze end ${nameToType(alert)}" to end it earlier.`);
}

async function endSnooze(deps: UseCaseDeps, turn: Turn, query: string): Promise<UseCaseResult> {
  const found = await findAlert(deps.pim, query, 'snooze end <alert>');
  if ('answer' in found) return found.answer;
  const { alert } = found;
  const ended = await deps.triage.snoozes.end(alert.id);
  const name = escapeCardText(alertNameInScope(alert), 200);
  if (!ended) return textResult(`${name} was not snoozed.`);
  await recordAudit(deps, turn, { action: 'snooze.end', target: alert.id }, 'succeeded', `was until ${ended.until}`);
  return textResult(`${name}: snooze ended (it was until ${formatUtc(ended.until)}). Rises notify again from the next poll.`);
}

/** Alert names by id, for lists a person reads; when Graph cannot be read, the list still answers with ids (logged). */
async function alertNames(deps: UseCaseDeps): Promise<ReadonlyMap<string, string>> {
  try {
    return new Map((await deps.pim.listAlerts()).map((alert) => [alert.id, alertNameInScope(alert)]));
  } catch (error: unknown) {
    deps.logger.warn('alert names not read; snooze list shows ids', { error });
    return new Map();
  }
}
