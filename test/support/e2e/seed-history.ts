import { IncidentHistory } from '../../../src/digest/incident-history';
import { silentLogger } from '../../../src/logging/json-logger';
import { SqliteStorage } from '../../../src/storage/sqlite-storage';
import { makeAlert } from '../fakes/alert-fixtures';

const HOUR_MS = 3_600_000;

/**
 * A day of hourly incident history in the bot's data dir, recorded through the product's own history
 * store, as the watcher would have (stale sign-in rising 1 → 3, too many global admins 5 → 7), so a
 * digest has something to chart. The simulator's alert ids, so the bot joins it to what it polls.
 */
export async function seedDayOfHistory(dataDir: string, nowMs = Date.now()): Promise<void> {
  const storage = new SqliteStorage(dataDir);
  try {
    const history = new IncidentHistory(storage, 35, silentLogger);
    for (let hoursAgo = 24; hoursAgo >= 1; hoursAgo -= 1) {
      const stale = 1 + Math.floor((24 - hoursAgo) / 12);
      const admins = 5 + Math.floor((24 - hoursAgo) / 10);
      await history.record([makeAlert('StaleSignInAlert', { incidents: stale }), makeAlert('TooManyGlobalAdminsAssignedToTenantAlert', { incidents: admins })], nowMs - hoursAgo * HOUR_MS);
    }
  } finally {
    await storage.close();
  }
}
