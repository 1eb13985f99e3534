import { escapeCardText } from '../cards/escape-card-text';
import type { ExclusionRecord } from './exclusion-store';
import type { OwnerRecord } from './owner-store';
import { formatUtc } from './snooze-until';
import type { SnoozeRecord } from './snooze-store';

const who = (name: string): string => escapeCardText(name, 100) || 'someone';

/** `Snoozed until 2026-12-05 14:00 UTC by Alex Wilber: change freeze. Notifications resume by themselves then.` */
export function snoozeText(snooze: SnoozeRecord): string {
  const reason = snooze.reason ? `: ${escapeCardText(snooze.reason, 300)}` : '';
  return `Snoozed until ${formatUtc(snooze.until)} by ${who(snooze.by.name)}${reason}. Notifications resume by themselves then.`;
}

/** `Owner: Alex Wilber (since 2026-12-02 02:10 UTC)`. */
export function ownerText(owner: OwnerRecord): string {
  return `Owner: ${who(owner.by.name)} is on it (since ${formatUtc(owner.at)})`;
}

export function exclusionLine(exclusion: ExclusionRecord): string {
  const reason = exclusion.reason ? `: ${escapeCardText(exclusion.reason, 200)}` : '';
  return `- ${exclusion.kind} ${escapeCardText(exclusion.value, 200)}${reason} (by ${who(exclusion.by.name)}, ${formatUtc(exclusion.at)})`;
}
