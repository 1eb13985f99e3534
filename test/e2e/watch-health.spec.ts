import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BlobServiceClient, type BlobLeaseClient } from '@azure/storage-blob';
import { startAzurite, type AzuriteEndpoints } from '../../src/tools/dev/azurite-process';
import { startBotProcess } from '../../src/tools/dev/bot-process';
import { freePort } from '../../src/tools/dev/free-port';
import type { ManagedChild } from '../../src/tools/dev/managed-child';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { ActivityStream, type StreamEvent } from '../support/playground/activity-stream';
import { Conversation } from '../support/e2e/conversation';
import { cardOf, cardText } from '../support/e2e/card-query';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';

/** Shortened settings stand for the defaults (15 minutes without a successful poll, checks every 60 s). */
const SETTINGS = {
  POLL_INTERVAL_SECONDS: '5', WATCH_HEALTH_ALERT_SECONDS: '15', WATCH_HEALTH_CHECK_SECONDS: '2',
  GRAPH_BACKGROUND_RETRY_BUDGET_SECONDS: '0', GRAPH_RETRY_BUDGET_SECONDS: '0',
};
const LEASE_BLOB = 'poller-leader';

/** One way the watcher goes blind: how to cause it and end it, the card it must bring, what chat says meanwhile. */
interface FaultClass {
  readonly name: string;
  readonly card: RegExp;
  readonly chat: readonly (readonly [command: string, answer: RegExp])[];
  begin(): Promise<void>;
  end(): Promise<void>;
}

/**
 * Never blind, end to end, for every fault class: the real bot processes (two instances on Azure Table +
 * Blob lease, i.e. scale-out mode, on an Azurite this test can stop and start again with its data), the
 * simulator, the Agents Playground. Each class: exactly one "not watching" card in the subscribed channel
 * (from either instance), chat commands saying what fails meanwhile, then one "watching again" card
 * naming the gap. One stack for all classes.
 */
describe('e2e: watch health, every fault class, scale-out mode (two instances, Azurite)', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'pim-health-'));
  const name = `health${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let ports: { blob: number; table: number; queue: number };
  let azurite: { endpoints: AzuriteEndpoints; child: ManagedChild };
  let stack: E2eStack;
  let follower: ManagedChild | undefined;
  /** Every message the bot sends, never cleared by chat (Conversation.say clears the stack's stream). */
  let health: ActivityStream;
  let channel: Conversation;
  let outsider: BlobLeaseClient | undefined;

  before(async function () {
    this.timeout(120_000);
    ports = { blob: await freePort(), table: await freePort(), queue: await freePort() };
    azurite = await startAzurite(30_000, { location: path.join(dir, 'azurite'), ports });
    const storageEnv = {
      STORAGE_BACKEND: 'table', AZURE_STORAGE_CONNECTION_STRING: azurite.endpoints.connectionString,
      STORAGE_TABLE_NAME: name, STORAGE_LEASE_CONTAINER: name,
    };
    stack = await startE2eStack({ ...SETTINGS, ...storageEnv, INSTANCE_ID: 'bot-1' });
    follower = await startBotProcess({
      script: path.join(REPO_ROOT, 'dist', 'src', 'index.js'), cwd: REPO_ROOT,
      env: { ...stack.dev.botEnv, PORT: String(await freePort()), INSTANCE_ID: 'bot-2' },
      onLine: (line) => stack.output.push(`[bot-2] ${line}`),
    });
    health = await ActivityStream.open(stack.dev.playgroundUrl);
    const team = stack.config.teams[0]!;
    await stack.client.install(team.id);
    channel = new Conversation(stack, team.channels[1]!.id, stack.config.currentUser.id, true);
    await channel.say('subscribe', /^Subscribed\./);
  });

  after(async () => {
    await outsider?.releaseLease().catch(() => undefined);
    await health?.close();
    await follower?.stop();
    await stack?.stop();
    await azurite?.child.stop(2000);
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') process.stdout.write(`${stack.output.filter((line) => !line.includes('"watcher poll"')).slice(-80).join('\n')}\n`);
  });

  const titleOf = (event: StreamEvent): string | undefined => cardText(cardOf(event)).split('\n')[0];
  /** Health cards (by their title) posted in the channel: not chat answers that mention the outage. */
  const healthCards = (title: RegExp): StreamEvent[] =>
    health.events.filter((event) => event.action === 'createMessage' && event.actionConversationId.startsWith(channel.id) && title.test(titleOf(event) ?? ''));

  /**
   * Asks until the answer shows `expected`: chat answers from this instance's last health check (every
   * 2 s here), which may be one check behind a card the other instance posted.
   */
  async function ask(command: string, expected: RegExp, attempts = 5): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const reply = await channel.say(command, /\S/, 20_000);
      const text = `${reply.message?.text ?? ''}\n${cardText(cardOf(reply))}`;
      if (expected.test(text)) return;
      if (attempt === attempts) assert.fail(`"${command}" answered ${JSON.stringify(text.slice(0, 400))}, not ${String(expected)}`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  const graphAnswers = (status: number): Pick<FaultClass, 'begin' | 'end'> => ({
    begin: () => stack.simulator.addFault({ match: { method: 'GET', path: 'roleManagementAlerts/alerts' }, kind: 'status', status, count: 10_000 }),
    end: () => stack.simulator.clearFaults(),
  });

  const leaseBlob = () => BlobServiceClient.fromConnectionString(azurite.endpoints.connectionString).getContainerClient(name).getBlockBlobClient(LEASE_BLOB);

  const faultClasses: readonly FaultClass[] = [
    {
      name: 'Graph 403 for minutes (consent revoked)', card: /Not watching PIM alerts: permission refused/, ...graphAnswers(403),
      chat: [['watch', /Not watching since .*Graph permission refused.*graphForbidden 403/s], ['alerts', /not allowed to do that in Microsoft Graph/]],
    },
    {
      name: 'Graph 401 for minutes (credential expired)', card: /Not watching PIM alerts: credential failure/, ...graphAnswers(401),
      chat: [['watch', /Not watching since .*credential failure.*graphForbidden 401/s], ['alerts', /did not accept the bot's credential \(401\)/]],
    },
    {
      name: 'Graph 503 for minutes (Graph outage)', card: /Not watching PIM alerts: Microsoft Graph unavailable/, ...graphAnswers(503),
      chat: [['watch', /Not watching since .*Microsoft Graph unavailable.*graphUnavailable 503/s], ['alerts', /Microsoft Graph is unavailable right now/]],
    },
    {
      name: 'the lease held from outside by another lease id (no leader)', card: /Not watching PIM alerts: no instance is polling/,
      begin: async () => {
        const blob = leaseBlob();
        await blob.getBlobLeaseClient().breakLease(0);
        outsider = blob.getBlobLeaseClient(randomUUID());
        await outsider.acquireLease(-1);
      },
      end: async () => {
        await outsider?.releaseLease();
        outsider = undefined;
      },
      chat: [['watch', /Not watching since .*no instance polling/s], ['alerts', /Not watching PIM alerts since .*no instance polling.*New incidents are not posted/s]],
    },
    {
      name: 'Azurite stopped (storage unreachable)', card: /Not watching PIM alerts: storage unreachable/,
      begin: () => azurite.child.stop(5000),
      end: async () => {
        azurite = await startAzurite(30_000, { location: path.join(dir, 'azurite'), ports });
      },
      chat: [
        ['watch', /Not watching: storage unreachable/], ['alerts', /Not watching PIM alerts: storage unreachable.*New incidents are not posted/s],
        ['subscribe', /cannot reach my storage right now, so I cannot do that/],
      ],
    },
  ];

  for (const fault of faultClasses) {
    it(`${fault.name}: one card, chat says what fails, then one "watching again" naming the gap`, async () => {
      await ask('watch', /Watching: last successful poll/, 30);
      health.clear();
      const started = Date.now();
      await fault.begin();
      let down: StreamEvent | undefined;
      try {
        down = await health.waitFor((event) => healthCards(fault.card).includes(event), 60_000, `the card ${String(fault.card)}`);
        console.log(`      told after ${Date.now() - started} ms`);
        for (const [command, answer] of fault.chat) await ask(command, answer);
      } finally {
        await fault.end();
      }
      const ended = Date.now();
      const since = /Last successful poll\n(.+)/.exec(cardText(cardOf(down)))?.[1];
      const back = await health.waitFor((event) => healthCards(/Watching PIM alerts again/).includes(event), 90_000, 'the "watching again" card');
      console.log(`      watching again ${Date.now() - ended} ms after the fault ended`);
      assert.match(cardText(cardOf(back)), new RegExp(`Not watching from\\n${since ?? 'none'}\\nWatching again since\\n.+\\nGap\\n\\d+ minutes?`));
      await new Promise((resolve) => setTimeout(resolve, 4_000)); // two more checks on each instance
      assert.deepEqual(healthCards(/Not watching PIM alerts/).map(titleOf), [titleOf(down)], 'one "not watching" card for the whole outage, though both instances check every 2 s');
      assert.equal(healthCards(/Watching PIM alerts again/).length, 1, 'one "watching again" card');
    });
  }
});
