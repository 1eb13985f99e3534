import { formatUtc } from '../cards/relative-time';
import type { PollFault } from './poll-fault-store';
import { durationText } from './render-health-card';
import type { WatchFault } from './watch-fault';
import type { ScopeReadFailure } from '../pim/sources/scope-read-failures';
import { unreadScopeNote } from './unread-scope-note';
import type { PublishedUnreadScopes } from './unread-scopes-store';

/** What the last health check on this instance found (the `watch` command shows it; no storage read). */
export interface WatchStatus {
  readonly checkedAt?: number;
  readonly lastPollAt?: number;
  readonly storageReachable: boolean;
  /** The open outage (announced or about to be). */
  readonly outage?: { readonly fault: WatchFault; readonly since: number };
  /** The poller's last failure after the last successful poll. */
  readonly lastFault?: PollFault;
  readonly operationsConversationId?: string;
  /** The Azure subscriptions not read (this instance's reads and the leader's): their alerts are the last known. */
  readonly unreadScopes?: readonly ScopeReadFailure[];
  /** The leader's unread Azure subscriptions as it last published them (merged into `unreadScopes` by the view). */
  readonly leaderUnread?: PublishedUnreadScopes;
}

/** The `watch` command's answer: is it watching, since when, what fails, where health cards go (`ops`: the operations conversation). */
export function describeWatchStatus(status: WatchStatus, ops: string | undefined, here: string, now: number): string {
  return [...watchingLines(status, now), opsLine(ops, here)].join('\n\n');
}

/** One line for cards and answers that would otherwise look like all is quiet (the alert list): undefined while watching. */
export function notWatchingNote(status: WatchStatus): string | undefined {
  const after = 'New incidents are not posted until it recovers; type **watch** for details.';
  if (status.checkedAt !== undefined && !status.storageReachable) return `**Not watching PIM alerts: storage unreachable.** ${after}`;
  if (status.outage) return `**Not watching PIM alerts since ${formatUtc(new Date(status.outage.since))}** (${outageName(status.outage.fault)}). ${after}`;
  return undefined;
}

/** One line per Azure subscription not read, for the alert list (whose alerts of it are the last known). */
export function unreadScopeNotes(status: WatchStatus): string[] {
  return (status.unreadScopes ?? []).map((failure) => unreadScopeNote(failure, 'below'));
}

function watchingLines(status: WatchStatus, now: number): string[] {
  if (status.checkedAt === undefined) return ['The watch health check has not run yet on this instance; ask again in a minute.'];
  const lines: string[] = [];
  const last = status.lastPollAt === undefined ? 'no successful poll yet' : `last successful poll ${formatUtc(new Date(status.lastPollAt))} (${durationText(now - status.lastPollAt)} ago)`;
  if (!status.storageReachable) lines.push(`**Not watching: storage unreachable** (${last}).`);
  else if (status.outage) lines.push(`**Not watching since ${formatUtc(new Date(status.outage.since))}** (${outageName(status.outage.fault)}); ${last}.`);
  else lines.push(`Watching: ${last}.`);
  lines.push(...(status.unreadScopes ?? []).map((failure) => unreadScopeNote(failure, 'in **alerts**')));
  if (status.lastFault) lines.push(`The last poll failed at ${formatUtc(new Date(status.lastFault.at))}: ${outageName(status.lastFault.fault)} (${status.lastFault.code}${status.lastFault.status ? ` ${status.lastFault.status}` : ''}).`);
  return lines;
}

function opsLine(ops: string | undefined, here: string): string {
  if (ops === undefined) return 'Health cards go to every subscribed conversation ("watch here" sends them only here).';
  return ops === here ? 'Health cards go to this conversation only ("watch everywhere" to undo).' : 'Health cards go to one operations conversation (not this one).';
}

function outageName(fault: WatchFault): string {
  const names: Record<WatchFault, string> = {
    permission: 'Graph permission refused', credential: 'credential failure', graphOutage: 'Microsoft Graph unavailable',
    storage: 'storage unreachable', noLeader: 'no instance polling', unknown: 'unrecognised failure',
  };
  return names[fault];
}
