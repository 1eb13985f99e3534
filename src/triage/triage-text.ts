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

/** `- user Alex Wilber (AlexW@contoso.com, id 0b5a…): emergency access (by Megan Bowen, 2026-12-02 02:10 UTC)`. */
export function exclusionLine(exclusion: ExclusionRecord): string {
  const reason = exclusion.reason ? `: ${escapeCardText(exclusion.reason, 200)}` : '';
  const unchecked = exclusion.unchecked ? ' (not checked in the directory)' : '';
  return `- ${exclusion.kind} ${excludedName(exclusion)}${unchecked}${reason} (by ${who(exclusion.by.name)}, ${formatUtc(exclusion.at)})`;
}

/** A resolved user as `Display Name (upn, id …)`; anything else as its stored id or UPN. */
export function excludedName(exclusion: Pick<ExclusionRecord, 'value' | 'user'>): string {
  if (!exclusion.user) return escapeCardText(exclusion.value, 200);
  return directoryUserText({ id: exclusion.value, ...exclusion.user });
}

/** `Alex Wilber (AlexW@contoso.com, id 0b5a9946-…)`, escaped for a card or chat message. */
export function directoryUserText(user: { readonly id: string; readonly displayName: string; readonly userPrincipalName: string }): string {
  const name = escapeCardText(user.displayName, 100) || '(no display name)';
  return `${name} (${escapeCardText(user.userPrincipalName, 200)}, id ${escapeCardText(user.id, 40)})`;
}
