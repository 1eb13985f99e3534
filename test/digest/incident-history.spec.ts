import assert from 'node:assert/strict';
import { IncidentHistory } from '../../src/digest/incident-history';
import { silentLogger } from '../../src/logging/json-logger';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { DEV, makeAzureAlert, PROD } from '../support/fakes/azure-alert-fixtures';

const HOUR = 3_600_000;
const start = Date.parse('2026-12-01T00:10:00Z');
const stale = (count: number) => alertWith('StaleSignInAlert', 'medium', Array.from({ length: count }, (_, i) => incident(`u${i}`)));
const admins = (count: number) => alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', Array.from({ length: count }, (_, i) => incident(`g${i}`)));

describe('incident history', () => {
  let storage: MemoryStorage;
  let history: IncidentHistory;

  beforeEach(() => {
    storage = new MemoryStorage();
    history = new IncidentHistory(storage, 8, silentLogger);
  });

  it('keeps one point per alert per hour (the hour\'s last poll) under namespaced day/hour keys', async () => {
    await history.record([stale(1), admins(0)], start);
    await history.record([stale(2), admins(0)], start + 20 * 60_000);
    await history.record([stale(3), admins(1)], start + HOUR);
    const keys = (await storage.list('incident-history/')).map((item) => item.key).sort();
    assert.deepEqual(keys, ['incident-history/2026-12-01/00', 'incident-history/2026-12-01/01']);
    const hours = await history.range(start, start + HOUR);
    assert.deepEqual(hours.map((hour) => hour.alerts[stale(0).id]?.count), [2, 3]);
    assert.deepEqual(hours.map((hour) => hour.alerts[stale(0).id]?.opening), [1, 2], 'each hour opens where the last one ended');
    assert.deepEqual(hours.map((hour) => hour.alerts[stale(0).id]?.added), [1, 1], 'rises within an hour are kept, not only its last count');
    assert.equal(hours[1]!.alerts[admins(0).id]?.severity, 'high');
  });

  it('reads a range across days, oldest first, without hours outside it', async () => {
    for (let hour = 0; hour < 72; hour += 1) await history.record([stale(hour)], start + hour * HOUR);
    const day = await history.range(start + 24 * HOUR, start + 47 * HOUR);
    assert.equal(day.length, 24);
    assert.equal(day[0]!.hour, '2026-12-02T00:00:00.000Z');
    assert.equal(day[23]!.hour, '2026-12-02T23:00:00.000Z');
  });

  it('is bounded: hours older than the retention are pruned when a new hour starts', async () => {
    for (let hour = 0; hour < 24 * 10; hour += 3) await history.record([stale(hour % 7)], start + hour * HOUR);
    const keys = (await storage.list('incident-history/')).map((item) => item.key).sort();
    const newest = start + (24 * 10 - 3) * HOUR;
    assert.ok(keys.length <= 8 * 8 + 1, `${keys.length} hours kept`);
    assert.ok(keys[0]! >= `incident-history/${new Date(newest - 8 * 24 * HOUR).toISOString().slice(0, 10)}`, keys[0]);
    assert.deepEqual(await history.range(start, start + 24 * HOUR), [], 'the first day is gone');
  });

  it('names an Azure alert with its subscription, so two subscriptions\' trends of one alert type are told apart', async () => {
    const prod = makeAzureAlert('TooManyOwnersAssignedToResource', PROD);
    const dev = makeAzureAlert('TooManyOwnersAssignedToResource', DEV);
    await history.record([stale(1), prod, dev], start);
    const [hour] = await history.range(start, start);
    assert.equal(hour!.alerts[prod.id]?.name, 'Too many owners assigned to a resource (Contoso Production)');
    assert.equal(hour!.alerts[dev.id]?.name, 'Too many owners assigned to a resource (Contoso <b>Dev</b>)');
    assert.equal(hour!.alerts[stale(0).id]?.name, stale(0).definition?.displayName ?? 'StaleSignInAlert');
  });
});
