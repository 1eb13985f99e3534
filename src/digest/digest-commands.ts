import type { AccessPolicy } from '../auth/access';
import type { AuditEntry, AuditLog } from '../auth/audit-log';
import type { BotTurn } from '../bot/bot-turn';
import type { Command, CommandInput } from '../commands/command';
import { AppError, toAppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';
import type { SubscriptionStore } from '../notifications/subscription-store';
import { DIGEST_USAGE, QUIET_USAGE, parseQuietHours, parseSchedule } from './digest-input';
import { buildDigest } from './digest-message';
import { describeSchedule, nextRun, type DigestSchedule } from './digest-schedule';
import type { DigestSettingsStore } from './digest-settings-store';
import { describeDigestSettings } from './digest-settings-text';
import type { IncidentHistory } from './incident-history';
import { describeQuietHours } from './quiet-hours';

export interface DigestCommandDeps {
  readonly settings: DigestSettingsStore;
  readonly history: IncidentHistory;
  readonly subscriptions: SubscriptionStore;
  readonly access: AccessPolicy;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now: () => number;
}

/** `digest …` and `quiet …`: anyone may look (and preview with `digest now`); only admins change them. */
export function digestCommands(deps: DigestCommandDeps): Command[] {
  return [
    { name: 'digest', summary: 'Show, set or preview the daily/weekly digest card here (admins set it).', usage: DIGEST_USAGE, access: 'read', handle: (turn, input) => digest(deps, turn, input) },
    { name: 'quiet', summary: 'Show or set quiet hours: notifications are held and summarised when they end (admins set them).', usage: QUIET_USAGE, access: 'read', handle: (turn, input) => quiet(deps, turn, input) },
  ];
}

async function digest(deps: DigestCommandDeps, turn: BotTurn, input: CommandInput): Promise<void> {
  const verb = input.words[0]?.toLowerCase();
  if (verb === undefined) return void (await turn.reply({ text: describeDigestSettings(await deps.settings.get(turn.conversation.id)) }));
  if (verb === 'now') return preview(deps, turn);
  const schedule = verb === 'off' && input.words.length === 1 ? undefined : parseSchedule(input.words);
  await asAdmin(deps, turn, 'digest', schedule ? describeSchedule(schedule) : 'off', async () => {
    const settings = await deps.settings.setDigest(turn.conversation.id, schedule, turn.user);
    await turn.reply({ text: schedule ? `Digest set. ${describeDigestSettings(settings).split('\n\n')[0]}` : 'Digest turned off here.' });
  });
}

async function quiet(deps: DigestCommandDeps, turn: BotTurn, input: CommandInput): Promise<void> {
  if (input.words.length === 0) return void (await turn.reply({ text: describeDigestSettings(await deps.settings.get(turn.conversation.id)) }));
  const hours = input.words[0]?.toLowerCase() === 'off' && input.words.length === 1 ? undefined : parseQuietHours(input.words);
  await asAdmin(deps, turn, 'quiet', hours ? describeQuietHours(hours) : 'off', async () => {
    await deps.settings.setQuiet(turn.conversation.id, hours, turn.user);
    await turn.reply({ text: hours ? `Quiet hours set: ${describeQuietHours(hours)}. Notifications in that window are held and sent as one summary when it ends.` : 'Quiet hours turned off here; anything held is sent with the next poll.' });
  });
}

/** Posts the digest for the period ending now (the schedule set here, else daily in UTC); changes nothing. */
async function preview(deps: DigestCommandDeps, turn: BotTurn): Promise<void> {
  const settings = await deps.settings.get(turn.conversation.id);
  const schedule: DigestSchedule = settings?.digest ?? { cadence: 'daily', hour: 0, minute: 0, timeZone: 'UTC' };
  const now = deps.now();
  const floor = (await deps.subscriptions.get(turn.conversation.id))?.minimumSeverity;
  const nextRunAt = settings?.digest ? nextRun(settings.digest, now) : undefined;
  const from = now - (schedule.cadence === 'weekly' ? 7 : 1) * 86_400_000;
  await turn.reply(await buildDigest(deps.history, { schedule, dueAt: now, now, from, floor, nextRunAt, notes: ['Preview: the period ending now.'] }));
}

/** Write access checked and every outcome audited (refused, succeeded, failed). */
async function asAdmin(deps: DigestCommandDeps, turn: BotTurn, action: string, summary: string, work: () => Promise<void>): Promise<void> {
  const decision = await deps.access.check(turn.user, 'write');
  if (!decision.allowed) {
    await audit(deps, turn, { action, result: 'refused', summary });
    throw new AppError('userNotAllowed', { userMessage: decision.reason });
  }
  try {
    await work();
    await audit(deps, turn, { action, result: 'succeeded', summary });
  } catch (error: unknown) {
    await audit(deps, turn, { action, result: 'failed', summary, detail: toAppError(error).code });
    throw error;
  }
}

type AuditWhat = Pick<AuditEntry, 'action' | 'result' | 'summary' | 'detail'>;

async function audit(deps: DigestCommandDeps, turn: BotTurn, what: AuditWhat): Promise<void> {
  const entry: AuditEntry = {
    ...what, time: new Date(deps.now()).toISOString(), actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    target: turn.conversation.id, conversationId: turn.conversation.id, correlationId: turn.correlationId,
  };
  try {
    await deps.audit.record(entry);
  } catch (error: unknown) {
    deps.logger.error('audit record failed', { action: what.action, correlationId: turn.correlationId, error });
  }
}
