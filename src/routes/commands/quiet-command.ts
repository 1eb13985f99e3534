import { QUIET_USAGE, parseQuietHours } from '../../digest/digest-input';
import { describeDigestSettings } from '../../digest/digest-settings-text';
import { describeQuietHours, isQuiet, quietEndsAfter, type QuietHours } from '../../digest/quiet-hours';
import { localTime } from '../../digest/zoned-time';
import { clockText } from '../../digest/digest-schedule';
import { audited } from '../../use-cases/audited-write';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';

/** `quiet …`: anyone may look; only admins set quiet hours or turn them off. */
export const quietCommand = commandRoute({
  name: 'quiet',
  summary: 'Show or set quiet hours: notifications are held and summarised when they end (admins set them).',
  usage: QUIET_USAGE,
  access: (input) => (input.words.length > 0 ? 'write' : 'read'),
  async handle(deps, turn, input) {
    if (input.words.length === 0) return textResult(describeDigestSettings(await deps.digest.settings.get(turn.conversation.id)));
    const hours = input.words[0]?.toLowerCase() === 'off' && input.words.length === 1 ? undefined : parseQuietHours(input.words);
    const what = { action: 'quiet', target: turn.conversation.id, summary: hours ? describeQuietHours(hours) : 'off' };
    await audited(deps, turn, what, () => deps.digest.settings.setQuiet(turn.conversation.id, hours, turn.user));
    if (!hours) return textResult('Quiet hours turned off here; anything held is sent with the next poll.');
    const set = `Quiet hours set: ${describeQuietHours(hours)}. Notifications in that window are held and sent as one summary when it ends.`;
    return textResult(isQuiet(hours, deps.now()) ? `${set} ${inEffectText(hours, deps.now())}` : set);
  },
});

/** Set inside its own window: held from now on, until the window's end (local time). */
function inEffectText(hours: QuietHours, now: number): string {
  const end = localTime(quietEndsAfter(hours, now), hours.timeZone);
  return `They are in effect now: notifications are held until ${clockText(end.hour, end.minute)} (${hours.timeZone}).`;
}
