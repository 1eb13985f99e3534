import { QUIET_USAGE, parseQuietHours } from '../../digest/digest-input';
import { describeDigestSettings } from '../../digest/digest-settings-text';
import { describeQuietHours } from '../../digest/quiet-hours';
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
    return textResult(hours
      ? `Quiet hours set: ${describeQuietHours(hours)}. Notifications in that window are held and sent as one summary when it ends.`
      : 'Quiet hours turned off here; anything held is sent with the next poll.');
  },
});
