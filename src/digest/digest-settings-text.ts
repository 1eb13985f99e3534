import { escapeCardText } from '../cards/escape-card-text';
import { describeInstant, describeSchedule } from './digest-schedule';
import type { DigestSettings } from './digest-settings-store';
import { describeQuietHours } from './quiet-hours';

/** The conversation's digest and quiet hours as sentences. */
export function describeDigestSettings(settings: DigestSettings | undefined): string {
  const digest = settings?.digest
    ? `Digest: ${describeSchedule(settings.digest)}; next one ${describeInstant(Date.parse(settings.digest.nextRunAt), settings.digest.timeZone)}.`
    : 'No digest here. Admins: "digest daily 08:00 Europe/Berlin" or "digest weekly mon 09:00 America/New_York".';
  const quiet = settings?.quiet
    ? `Quiet hours: ${describeQuietHours(settings.quiet)}; notifications in that window are held and sent as one summary when it ends.`
    : 'No quiet hours here (admins: "quiet 22:00-07:00 Europe/Berlin").';
  const by = settings ? ` Last changed by ${escapeCardText(settings.updatedBy.name, 100) || 'someone'} on ${settings.updatedAt.slice(0, 10)}.` : '';
  return `${digest}\n\n${quiet}${by}`;
}
