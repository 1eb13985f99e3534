import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { BroadcastStore, type BroadcastRecord } from '../../src/notifications/broadcast-store';
import type { ClusterMember } from '../../src/tools/bench/scale-cluster';
import { useAzurite } from '../support/azurite';
import { startScaleStack, type ScaleStack } from '../support/scale/scale-stack';
import { SeededRandom } from '../security/support/seeded-random';

const SEED = Number(process.env.SCALE_SEED ?? 20261202);
const POLL_SECONDS = 5;
const CONVERSATIONS = 24;
const ALERT = 'StaleSignInAlert';
/** Each disruption of the leader, at a random point: mid-broadcast (after a random number of posts) or any time. */
const ROUNDS = [
  { how: 'kill', when: 'mid-broadcast' }, { how: 'pause', when: 'mid-broadcast' }, { how: 'pause', when: 'any time' }, { how: 'kill', when: 'any time' },
] as const;
const FAILOVER_LIMIT_MS = 30_000;
const isPoll = (path: string): boolean => /\/roleManagementAlerts\/alerts(\?|$)/i.test(path);

/**
 * Issue 10 end to end: 3 real bot processes on Azure Table + Blob lease (Azurite), one Graph simulator,
 * one loopback connector recording every post. The leader is killed (SIGKILL) or frozen (SIGSTOP) at
 * random points, including mid-broadcast; the outbox, the connector and the simulator's request log are
 * then checked.
 */
describe('e2e: scale-out, 3 instances on Azure Table + Blob lease (Azurite)', function () {
  this.timeout(240_000);
  const azurite = useAzurite();
  let stack: ScaleStack;
  const rises: string[] = [];
  let alertId = '';
  let firstCount = 0;
  const failovers: number[] = [];
  let broadcasts: BroadcastRecord[] = [];

  before(async function () {
    this.timeout(90_000);
    stack = await startScaleStack(azurite(), { instances: 3, conversations: CONVERSATIONS, pollIntervalSeconds: POLL_SECONDS, sendsPerSecond: 8, connectorAnswerMs: 150 });
  });

  after(async () => {
    await stack?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`seed ${SEED}\n${stack.output.filter((line) => !line.includes('"watcher poll"')).slice(-80).join('\n')}\n`);
  });

  const sendsOf = (rise: string): number => stack.connector.sends.filter((send) => send.summary.includes(rise)).length;
  const until = async (what: string, timeoutMs: number, probe: () => boolean | Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await delay(100);
    }
  };

  /** Adds one incident; the rise's text as the notification's summary shows it. */
  const rise = async (): Promise<string> => {
    const alert = await stack.simulator.alertById(alertId);
    await stack.simulator.addIncidents(alertId, 1);
    const text = `${alert.incidentCount} → ${alert.incidentCount + 1} incident`;
    rises.push(text);
    return text;
  };

  const disrupt = async (leader: ClusterMember, how: 'kill' | 'pause'): Promise<ClusterMember> => {
    const started = Date.now();
    if (how === 'kill') await stack.cluster.kill(leader);
    else stack.cluster.pause(leader);
    const successor = await stack.cluster.leader(60_000, leader);
    failovers.push(Date.now() - started);
    if (how === 'kill') await stack.cluster.restart(leader);
    else stack.cluster.resume(leader);
    return successor;
  };

  it(`survives ${ROUNDS.length} disruptions of the leader and delivers every rise (seed ${SEED})`, async () => {
    const random = new SeededRandom(SEED);
    ({ id: alertId, incidentCount: firstCount } = await stack.simulator.alert(ALERT));
    await stack.simulator.clearRequests(); // from now on only the bots list alerts
    let leader = await stack.cluster.leader(30_000);
    await until('the first poll (baseline)', 30_000, async () => (await stack.simulator.requests()).some((request) => isPoll(request.path)));
    for (const round of ROUNDS) {
      const text = await rise();
      if (round.when === 'mid-broadcast') {
        const posts = 1 + random.int(CONVERSATIONS - 2);
        await until(`${posts} posts of ${text}`, 30_000, () => sendsOf(text) >= posts);
      } else {
        await delay(random.int((POLL_SECONDS + 3) * 1000));
      }
      leader = await disrupt(leader, round.how);
    }
    await rise();
    const outbox = new BroadcastStore(stack.storage);
    await until('every broadcast completed', 90_000, async () => {
      broadcasts = (await stack.storage.list<BroadcastRecord>('broadcasts/')).map((item) => item.value);
      return broadcasts.length === rises.length && broadcasts.every((record) => record.completedAt !== undefined);
    });
    assert.ok(leader.child.running);
    assert.equal((await outbox.deliveries(broadcasts[0]?.id ?? '')).size, CONVERSATIONS);
  });

  it('no (broadcast, conversation) was posted twice', () => {
    const seen = new Map<string, number>();
    for (const send of stack.connector.sends) seen.set(`${send.conversationId}\n${send.summary}`, (seen.get(`${send.conversationId}\n${send.summary}`) ?? 0) + 1);
    assert.deepEqual([...seen].filter(([, count]) => count > 1), []);
  });

  it('every rise was notified once (rises no poll saw apart come as one), each (broadcast, conversation) delivered (posted once) or unknown, none left sending', async () => {
    const outbox = new BroadcastStore(stack.storage);
    const ranges = broadcasts.map((record) => /(\d+) → (\d+) incident/.exec(JSON.stringify(record.message))).map((match) => [Number(match?.[1]), Number(match?.[2])]);
    let reached = firstCount;
    for (const [from, to] of ranges.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
      assert.ok(from === reached && (to ?? 0) > from, `the broadcasts' ranges ${JSON.stringify(ranges)} do not chain from ${firstCount}`);
      reached = to ?? 0;
    }
    assert.equal(reached, firstCount + rises.length, 'the last rise was notified');
    const problems: string[] = [];
    const states = new Map<string, number>();
    for (const record of broadcasts) {
      const deliveries = await outbox.deliveries(record.id);
      const summary = 'summary' in record.message ? record.message.summary ?? '' : record.message.text;
      for (const conversationId of stack.conversationIds) {
        const state = deliveries.get(conversationId)?.state ?? 'missing';
        states.set(state, (states.get(state) ?? 0) + 1);
        const posts = stack.connector.sends.filter((send) => send.conversationId === conversationId && send.summary === summary).length;
        if (state === 'delivered' && posts !== 1) problems.push(`${summary} / ${conversationId}: delivered but posted ${posts} times`);
        if (state !== 'delivered' && state !== 'unknown') problems.push(`${summary} / ${conversationId}: ${state}`);
      }
    }
    console.log(`      seed ${SEED}: ${JSON.stringify(Object.fromEntries(states))} over ${broadcasts.length} broadcasts x ${CONVERSATIONS} conversations`);
    assert.deepEqual(problems, []);
  });

  it('Graph polls never overlap: in the simulator\'s request log, polls are never closer than half the poll interval', async () => {
    const polls = (await stack.simulator.requests()).filter((request) => isPoll(request.path)).map((request) => Date.parse(request.time));
    const gaps = polls.slice(1).map((time, index) => time - (polls[index] ?? time));
    assert.ok(polls.length >= ROUNDS.length + 2, `only ${polls.length} polls`);
    assert.ok(Math.min(...gaps) >= (POLL_SECONDS * 1000) / 2, `poll gaps (ms): ${gaps.join(', ')}`);
  });

  it(`each failover took less than ${FAILOVER_LIMIT_MS / 1000} s`, () => {
    console.log(`      failovers (ms): ${failovers.join(', ')}`);
    assert.equal(failovers.length, ROUNDS.length);
    assert.ok(Math.max(...failovers) < FAILOVER_LIMIT_MS, `failovers (ms): ${failovers.join(', ')}`);
  });
});
