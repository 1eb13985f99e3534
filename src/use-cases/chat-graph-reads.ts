import type { ActingUser } from '../auth/access';
import { AppError } from '../errors/app-error';
import { SlidingWindow } from '../notifications/sliding-window';
import type { PimAlerts } from '../pim/pim-alerts';
import type { UserDirectory } from '../directory/user-directory';
import { userKeyText } from '../directory/user-key';

/** How many Graph-costing reads chat traffic may start per minute: each user, and all users together. */
export interface ChatReadLimits {
  readonly perUserPerMinute: number;
  readonly perMinute: number;
}

const MINUTE_MS = 60_000;
const EVERYONE = '';

/**
 * The Graph reads that chat traffic (commands, card clicks, card refreshes) makes, over the app's
 * PimAlerts and the user directory. Identical reads in flight share one call (a join costs nothing), and every read that
 * reaches Graph counts against the user's and everyone's per-minute limit; past either, the read is
 * refused with a readable AppError `tooManyRequests` and Graph is not called. The watcher polls with
 * its own client, which these limits never count or refuse: chat cannot spend its Graph budget.
 * Writes pass through (only administrators write, each one audited).
 */
export class ChatGraphReads {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly perUser: SlidingWindow;
  private readonly everyone: SlidingWindow;

  constructor(private readonly pim: PimAlerts, limits: ChatReadLimits, private readonly now: () => number = Date.now) {
    this.perUser = new SlidingWindow(limits.perUserPerMinute, MINUTE_MS);
    this.everyone = new SlidingWindow(limits.perMinute, MINUTE_MS);
  }

  /** The PimAlerts a user's turn reads through. */
  forUser(user: ActingUser): PimAlerts {
    const who = user.aadObjectId ?? user.id;
    const read = <T>(key: string, call: () => Promise<T>): Promise<T> => this.read(who, key, call);
    const pim = this.pim;
    return {
      listAlerts: () => read('alerts', () => pim.listAlerts()),
      getAlert: (alertId) => read(`alert\n${alertId}`, () => pim.getAlert(alertId)),
      listIncidentPage: (alertId, cursor) => read(`page\n${alertId}\n${cursor ?? ''}`, () => pim.listIncidentPage(alertId, cursor)),
      getIncident: (alertId, incidentId) => read(`incident\n${alertId}\n${incidentId}`, () => pim.getIncident(alertId, incidentId)),
      dismissAlert: (alertId) => pim.dismissAlert(alertId),
      refreshAlert: (alertId) => pim.refreshAlert(alertId),
      refreshAllAlerts: () => pim.refreshAllAlerts(),
      getOperation: (handle) => pim.getOperation(handle),
      waitForOperation: (handle, options) => pim.waitForOperation(handle, options),
      remediateIncident: (alertId, incidentId) => pim.remediateIncident(alertId, incidentId),
      updateAlertConfiguration: (alertId, changes) => pim.updateAlertConfiguration(alertId, changes),
    };
  }

  /** The directory lookups (`exclude user`) a user's turn makes, under the same limits as the alert reads. */
  directoryFor(user: ActingUser, directory: UserDirectory): UserDirectory {
    const who = user.aadObjectId ?? user.id;
    return { findUser: (key) => this.read(who, `user\n${key.kind}\n${userKeyText(key)}`, () => directory.findUser(key)) };
  }

  private read<T>(who: string, key: string, call: () => Promise<T>): Promise<T> {
    const joined = this.inFlight.get(key);
    if (joined) return joined as Promise<T>;
    const now = this.now();
    const userFreeAt = this.perUser.nextFreeAt(who, now);
    const everyoneFreeAt = this.everyone.nextFreeAt(EVERYONE, now);
    if (userFreeAt > now || everyoneFreeAt > now) return Promise.reject(tooManyRequests(Math.max(userFreeAt, everyoneFreeAt) - now, userFreeAt > now));
    this.perUser.record(who, now);
    this.everyone.record(EVERYONE, now);
    const pending = (async () => call())().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }
}

function tooManyRequests(waitMs: number, byThisUser: boolean): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const who = byThisUser ? 'You have' : 'Everyone together has';
  return new AppError('tooManyRequests', {
    userMessage: `${who} asked for more Microsoft Graph reads this minute than I make for chat; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    details: { retryAfterSeconds: seconds, limit: byThisUser ? 'user' : 'everyone' },
  });
}
