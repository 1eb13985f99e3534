import type { BotTurn } from '../bot/bot-turn';
import { alertDisplayName } from '../cards/alert-headline';
import { escapeCardText } from '../cards/escape-card-text';
import type { Command, CommandInput } from '../commands/command';
import { findAlert } from '../commands/find-alert';
import { AppError } from '../errors/app-error';
import { actorOf } from './triage-actor';
import { auditChange, requireWrite, type TriageCommandDeps } from './triage-command-deps';
import { snoozeText } from './triage-text';
import { formatUtc, parseSnoozeUntil, SNOOZE_FORMS } from './snooze-until';

const USAGE = 'snooze <alert> <4h|2d|until 2026-12-05> <reason> | snooze end <alert> | snooze list';
const MAX_REASON = 300;

/** `snooze`: hold an alert's notifications until a time (admins), end it early, or list snoozes (readers). */
export function snoozeCommand(deps: TriageCommandDeps): Command {
  return {
    name: 'snooze',
    summary: `stop notifications for an alert until a time, with a reason (${SNOOZE_FORMS}); \`snooze end <alert>\` ends it, \`snooze list\` shows them`,
    usage: USAGE,
    access: 'read',
    async handle(turn, input) {
      const first = input.words[0]?.toLowerCase();
      if (first === undefined || first === 'list') return listSnoozes(deps, turn);
      if (first === 'end') return endSnooze(deps, turn, input.words.slice(1).join(' '));
      return startSnooze(deps, turn, input);
    },
  };
}

async function listSnoozes(deps: TriageCommandDeps, turn: BotTurn): Promise<void> {
  const snoozes = await deps.triage.snoozes.listActive(deps.now());
  if (snoozes.length === 0) {
    await turn.reply({ text: 'No alert is snoozed.' });
    return;
  }
  const lines = snoozes.slice(0, 50).map((snooze) => `- ${escapeCardText(snooze.alertId, 200)}: ${snoozeText(snooze)}`);
  await turn.reply({ text: `${snoozes.length} snoozed alert(s):\n${lines.join('\n')}` });
}

async function startSnooze(deps: TriageCommandDeps, turn: BotTurn, input: CommandInput): Promise<void> {
  await requireWrite(deps, turn, 'snooze', input.text);
  const [query = '', ...after] = input.words;
  const now = deps.now();
  const { until, rest } = parseSnoozeUntil(after, now);
  const reason = rest.join(' ').trim();
  if (reason === '') throw new AppError('invalidInput', { userMessage: `Say why, so the channel knows: ${USAGE}` });
  const alert = await findAlert(deps.pim, turn, query, USAGE);
  if (!alert) return;
  const record = { alertId: alert.id, until: until.toISOString(), reason: reason.slice(0, MAX_REASON), by: actorOf(turn.user), at: now.toISOString() };
  const { replaced } = await deps.triage.snoozes.snooze(record);
  await auditChange(deps, turn, 'snooze', alert.id, `until ${record.until}${replaced ? ' (replaced an earlier snooze)' : ''}`);
  const name = escapeCardText(alertDisplayName(alert), 200);
  await turn.reply({ text: `${name}: ${snoozeText(record)} Type "snooze end ${alert.alertKey ?? alert.id}" to end it earlier.` });
}

async function endSnooze(deps: TriageCommandDeps, turn: BotTurn, query: string): Promise<void> {
  await requireWrite(deps, turn, 'snooze.end', query);
  const alert = await findAlert(deps.pim, turn, query, 'snooze end <alert>');
  if (!alert) return;
  const ended = await deps.triage.snoozes.end(alert.id);
  const name = escapeCardText(alertDisplayName(alert), 200);
  if (!ended) {
    await turn.reply({ text: `${name} was not snoozed.` });
    return;
  }
  await auditChange(deps, turn, 'snooze.end', alert.id, `was until ${ended.until}`);
  await turn.reply({ text: `${name}: snooze ended (it was until ${formatUtc(ended.until)}). Rises notify again from the next poll.` });
}
