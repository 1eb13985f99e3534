import { DIGEST_USAGE, parseSchedule } from '../../digest/digest-input';
import { buildDigest } from '../../digest/digest-message';
import { describeSchedule, nextRun, type DigestSchedule } from '../../digest/digest-schedule';
import { describeDigestSettings } from '../../digest/digest-settings-text';
import { audited } from '../../use-cases/audited-write';
import type { Turn } from '../../use-cases/turn';
import type { UseCaseDeps } from '../../use-cases/use-case-deps';
import { cardResult, textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { commandRoute, type CommandInput } from '../route';

/** `digest` shows the settings and `digest now` previews; anything else sets the schedule (admins). */
const changesDigest = (input: CommandInput): boolean => input.words.length > 0 && input.words[0]?.toLowerCase() !== 'now';

/** `digest …`: anyone may look (and preview with `digest now`); only admins set or turn it off. */
export const digestCommand = commandRoute({
  name: 'digest',
  summary: 'Show, set or preview the daily/weekly digest card here (admins set it).',
  usage: DIGEST_USAGE,
  access: (input) => (changesDigest(input) ? 'write' : 'read'),
  async handle(deps, turn, input) {
    const verb = input.words[0]?.toLowerCase();
    if (verb === undefined) return textResult(describeDigestSettings(await deps.digest.settings.get(turn.conversation.id)));
    if (verb === 'now') return preview(deps, turn);
    const schedule = verb === 'off' && input.words.length === 1 ? undefined : parseSchedule(input.words);
    const what = { action: 'digest', target: turn.conversation.id, summary: schedule ? describeSchedule(schedule) : 'off' };
    const settings = await audited(deps, turn, what, () => deps.digest.settings.setDigest(turn.conversation.id, schedule, turn.user));
    return textResult(schedule ? `Digest set. ${describeDigestSettings(settings).split('\n\n')[0]}` : 'Digest turned off here.');
  },
});

/** Posts the digest for the period ending now (the schedule set here, else daily in UTC); changes nothing. */
async function preview(deps: UseCaseDeps, turn: Turn): Promise<UseCaseResult> {
  const settings = await deps.digest.settings.get(turn.conversation.id);
  const schedule: DigestSchedule = settings?.digest ?? { cadence: 'daily', hour: 0, minute: 0, timeZone: 'UTC' };
  const now = deps.now();
  const floor = (await deps.subscriptions.get(turn.conversation.id))?.minimumSeverity;
  const nextRunAt = settings?.digest ? nextRun(settings.digest, now) : undefined;
  const from = now - (schedule.cadence === 'weekly' ? 7 : 1) * 86_400_000;
  const digest = await buildDigest(deps.digest.history, { schedule, dueAt: now, now, from, floor, nextRunAt, notes: ['Preview: the period ending now.'] });
  return cardResult(digest.card, { summary: digest.summary });
}
