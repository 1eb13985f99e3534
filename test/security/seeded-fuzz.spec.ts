import { strict as assert } from 'node:assert';
import type { TestUser } from './support/activities';
import { describeActivity } from './support/answer-checks';
import { undocumentedRequests, writeRequests } from './support/graph-allow-list';
import { fuzzCase } from './support/fuzz-cases';
import { readableText } from './support/readable-answer';
import { SeededRandom } from './support/seeded-random';
import { ADMIN, ANONYMOUS, GROUP_ADMIN, READER, startSecurityApp, type SecurityApp } from './support/security-app';

/** Fixed so every run sends the same cases; override with FUZZ_SEED / FUZZ_CASES to explore. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASES_PER_PHASE = Number(process.env.FUZZ_CASES ?? 1250);
const CHECK_EVERY = 100;

interface Phase {
  readonly name: string;
  readonly users: readonly TestUser[];
  readonly writesAllowed: boolean;
}

describe('security: seeded fuzz of chat commands and card invokes through the HTTP server', function () {
  this.timeout(180_000);
  let app: SecurityApp;

  before(async () => {
    // The fuzz is about what reaches Graph, not how often: chat's read limits at their highest (graph-cost-per-click tests them).
    app = await startSecurityApp({ env: { CHAT_GRAPH_READS_PER_USER_PER_MINUTE: '600', CHAT_GRAPH_READS_PER_MINUTE: '6000' } });
  });
  after(async () => app.close());

  interface PhaseResult {
    readonly problems: string[];
    /** How many answers had each HTTP status, and how many Graph requests were made: the fuzz is not vacuous. */
    readonly statuses: Map<number, number>;
    graphRequests: number;
  }

  /** Sends the phase's cases; returns every problem found (empty when all is well). */
  async function runPhase(phase: Phase, random: SeededRandom): Promise<PhaseResult> {
    const result: PhaseResult = { problems: [], statuses: new Map(), graphRequests: 0 };
    const problems = result.problems;
    await app.control.clearRequests();
    for (let index = 0; index < CASES_PER_PHASE; index += 1) {
      const user = random.pick(phase.users);
      const item = fuzzCase(random, index, app.connector.url, user);
      const label = `seed ${SEED} ${phase.name} case ${index} (${user.name}): ${describeActivity(item.activity)}`;
      try {
        const answer = await app.client.send(item.activity);
        result.statuses.set(answer.status, (result.statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500) problems.push(`${label} → HTTP ${answer.status} ${answer.rawBody.slice(0, 200)}`);
        else if (readableText(answer).trim() === '') problems.push(`${label} → no readable answer (HTTP ${answer.status} ${answer.rawBody.slice(0, 200)})`);
      } catch (error: unknown) {
        problems.push(`${label} → request failed: ${String(error)}`);
      }
      if ((index + 1) % CHECK_EVERY === 0 || index === CASES_PER_PHASE - 1) problems.push(...(await graphProblems(phase, result)));
    }
    return result;
  }

  async function graphProblems(phase: Phase, result: PhaseResult): Promise<string[]> {
    await app.app.background.idle();
    const requests = await app.control.requests();
    result.graphRequests += requests.length;
    await app.control.clearRequests();
    const bad = undocumentedRequests(requests).map((request) => `${phase.name}: undocumented Graph request ${request.method} ${request.path.slice(0, 200)}`);
    if (!phase.writesAllowed) bad.push(...writeRequests(requests).map((request) => `${phase.name}: write by a non-admin reached Graph: ${request.method} ${request.path}`));
    return bad;
  }

  it('non-admins: no 5xx, a readable answer every time, only documented reads reach Graph', async () => {
    const { problems, statuses, graphRequests } = await runPhase({ name: 'non-admin', users: [READER, ANONYMOUS], writesAllowed: false }, new SeededRandom(SEED));
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    assert.ok((statuses.get(200) ?? 0) > CASES_PER_PHASE / 4 && (statuses.get(400) ?? 0) > CASES_PER_PHASE / 10, `statuses ${JSON.stringify([...statuses])}`);
    assert.ok(graphRequests > 50, `only ${graphRequests} Graph requests`);
  });

  it('admins: no 5xx, a readable answer every time, only documented calls with valid ids reach Graph', async () => {
    const { problems, statuses, graphRequests } = await runPhase({ name: 'admin', users: [ADMIN, GROUP_ADMIN], writesAllowed: true }, new SeededRandom(SEED + 1));
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    assert.ok((statuses.get(200) ?? 0) > CASES_PER_PHASE / 4 && (statuses.get(400) ?? 0) > CASES_PER_PHASE / 10, `statuses ${JSON.stringify([...statuses])}`);
    assert.ok(graphRequests > 50, `only ${graphRequests} Graph requests`);
    console.log(`      seed ${SEED}: statuses ${JSON.stringify([...statuses])}, ${graphRequests} Graph requests`);
  });

  it('the server is still alive and answering afterwards', async () => {
    const health = await fetch(`${app.botUrl}/healthz`);
    assert.equal(health.status, 200);
    assert.ok((await app.client.send({ type: 'message', text: 'help', serviceUrl: app.connector.url, conversation: { id: 'a:x' }, from: ADMIN, channelId: 'msteams', recipient: { id: '28:bot' } })).sent.length >= 1);
  });
});
