import { strict as assert } from 'node:assert';
import { ArmTransport } from '../../../src/pim/arm/arm-transport';
import { ReadPacer } from '../../../src/pim/arm/read-pacer';
import { silentLogger } from '../../../src/logging/json-logger';
import { systemClock } from '../../../src/time/clock';
import { DEMO_SUBSCRIPTIONS } from '../../../src/tools/simulator/arm/arm-seed';
import { SimulatorHarness } from '../support/simulator-harness';

const SUB = DEMO_SUBSCRIPTIONS[0]!.subscriptionId;
const LIST = { method: 'GET', path: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleManagementAlerts?api-version=2022-08-01-preview`, operation: 'listAzureAlerts' } as const;
const BUCKET = { bucketSize: 10, refillPerSecond: 10 };

/** Read pacing against the simulator acting out Resource Manager's read token bucket (remaining-reads headers, 429s). */
describe('Resource Manager read pacing (simulator token bucket)', () => {
  const sim = new SimulatorHarness();
  before(() => sim.start(50, 100));
  after(() => sim.stop());
  beforeEach(async () => {
    await sim.reset();
    await sim.control('DELETE', '/requests');
    await sim.control('PUT', '/azure/read-limits', BUCKET);
  });

  const transport = (pacer?: ReadPacer): ArmTransport => new ArmTransport({
    baseUrl: sim.url, requestTimeoutMs: 5000, token: () => Promise.resolve(null),
    retry: { budgetMs: 60_000, baseDelayMs: 100, maxDelayMs: 60_000, clock: systemClock, stillWanted: () => true },
    ...(pacer ? { pacer } : {}),
  }, silentLogger);
  const throttled = async (): Promise<number> => (await sim.requests()).filter((request) => request.status === 429).length;
  const readAll = async (arm: ArmTransport, count: number): Promise<string[]> => {
    const remaining: string[] = [];
    for (let index = 0; index < count; index += 1) remaining.push((await arm.send(LIST)).headers.get('x-ms-ratelimit-remaining-subscription-reads') ?? '');
    return remaining;
  };

  it('the simulator answers remaining reads and, once the bucket is empty, 429 with Retry-After', async () => {
    const response = await fetch(`${sim.url}${LIST.path}`);
    assert.equal(response.headers.get('x-ms-ratelimit-remaining-subscription-reads'), '9');
    for (let index = 0; index < 12; index += 1) await fetch(`${sim.url}${LIST.path}`);
    const empty = await fetch(`${sim.url}${LIST.path}`);
    assert.equal(empty.status, 429);
    assert.equal(empty.headers.get('Retry-After'), '1');
    assert.equal(((await empty.json()) as { error: { code: string } }).error.code, 'TooManyRequests');
  });

  it('twenty reads in a row: unpaced they run into 429s; paced (reserve 3) none is throttled and the bucket never empties', async () => {
    await readAll(transport(), 20);
    assert.ok(await throttled() > 0, 'without pacing the burst is throttled');
    await sim.control('DELETE', '/requests');
    await sim.control('PUT', '/azure/read-limits', BUCKET);
    const pacer = new ReadPacer({ clock: systemClock, reserve: 3, refillPerSecond: BUCKET.refillPerSecond }, silentLogger);
    const remaining = await readAll(transport(pacer), 20);
    assert.equal(await throttled(), 0, 'paced: no 429');
    assert.ok(remaining.every((value) => Number(value) >= 1), remaining.join());
  });

  it('the tenant-level subscription list has its own bucket; DELETE switches the limits off', async () => {
    const list = await fetch(`${sim.url}/subscriptions?api-version=2022-12-01`);
    assert.equal(list.headers.get('x-ms-ratelimit-remaining-tenant-reads'), '9');
    await sim.control('DELETE', '/azure/read-limits');
    assert.equal((await fetch(`${sim.url}${LIST.path}`)).headers.get('x-ms-ratelimit-remaining-subscription-reads'), null);
  });
});
