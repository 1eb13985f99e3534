import { runAzureIdle, type AzureIdleRow } from './azure-idle-run';
import { runGraphIdle } from './graph-idle-run';
import { runNotifyLatency } from './notify-latency-run';
import { runNaive } from './naive-run';
import { runPaced } from './paced-run';
import { runScaleBench, type FailoverRow, type ScaleSendRow } from './scale-run';
import { startRemoteConnector } from './remote-connector';
import type { SendTally } from './send-tally';
import { runTurnComparison, type TurnRow } from './turn-run';

const CONVERSATIONS = 1000;
const CONNECTOR_PER_SECOND = 50;
/** 1,000 messages at 50/s: 20 s, and the bound allows 10% over. */
const BOUND_MS = (CONVERSATIONS / CONNECTOR_PER_SECOND) * 1000 * 1.1;

async function sendComparison(): Promise<SendTally[]> {
  const connector = await startRemoteConnector(CONNECTOR_PER_SECOND);
  try {
    const message = { text: 'PIM alert got worse: Stale sign-in, 2 → 3 incidents.' };
    const paced = await runPaced(connector, CONVERSATIONS, message);
    await pause(1500);
    const parallel = await runNaive(connector, CONVERSATIONS, message.text, 'parallel');
    await pause(1500);
    const sequential = await runNaive(connector, CONVERSATIONS, message.text, 'sequential');
    return [paced, parallel, sequential];
  } finally {
    await connector.close();
  }
}

function printSends(rows: readonly SendTally[]): void {
  const [paced] = rows;
  console.log(`\n1,000 proactive messages to a loopback connector allowing ${CONNECTOR_PER_SECOND}/s (429 + Retry-After beyond)`);
  console.table(rows.map((row) => ({
    sender: row.label, 'wall s': (row.wallMs / 1000).toFixed(1), delivered: row.delivered, lost: row.lost,
    duplicated: row.duplicated, '429s': row.throttled,
    'time vs paced': paced ? (row.wallMs / paced.wallMs).toFixed(2) : '-',
  })));
  if (paced) {
    const ok = paced.wallMs <= BOUND_MS && paced.lost === 0 && paced.duplicated === 0;
    console.log(`paced: ${(paced.wallMs / 1000).toFixed(1)} s vs bound ${(BOUND_MS / 1000).toFixed(0)} s (20 s + 10%), lost ${paced.lost}, duplicated ${paced.duplicated}: ${ok ? 'PASS' : 'FAIL'}`);
  }
}

function printTurns(rows: readonly TurnRow[]): void {
  const [echo] = rows;
  console.log('\nChat turns through POST /api/messages (400 per row, 8 at a time; reply sent to a loopback connector)');
  console.table(rows.map((row) => ({
    bot: row.label, 'turns/s': (row.turns / (row.wallMs / 1000)).toFixed(0), 'p50 ms': row.p50Ms.toFixed(1), 'p95 ms': row.p95Ms.toFixed(1),
    failed: row.failed, replies: row.replies, 'p50 vs echo': echo ? (row.p50Ms / echo.p50Ms).toFixed(2) : '-',
    'throughput vs echo': echo ? ((echo.wallMs / row.wallMs)).toFixed(2) : '-',
  })));
}

function printScale(sends: readonly ScaleSendRow[], failovers: readonly FailoverRow[]): void {
  const [single] = sends;
  console.log(`\nScale-out: one broadcast to ${CONVERSATIONS.toLocaleString('en')} conversations by bot processes on Azure Table + Blob lease (Azurite; one poller sends, 50/s per tenant)`);
  console.table(sends.map((row) => ({
    instances: row.instances, 'wall s': (row.wallMs / 1000).toFixed(1), 'sends/s': (row.delivered / (row.wallMs / 1000)).toFixed(0),
    delivered: row.delivered, duplicated: row.duplicated, 'throughput vs 1 instance': single ? (single.wallMs / row.wallMs).toFixed(2) : '-',
  })));
  console.log('Failover: SIGKILL of the leader of 3 instances (15 s lease, renewed every 5 s, 5 s polls)');
  console.table(failovers.map((row) => ({ 'to a new leader s': (row.toLeaderMs / 1000).toFixed(1), 'to its first poll s': (row.toPollMs / 1000).toFixed(1) })));
}

function printAzureIdle(rows: readonly AzureIdleRow[]): void {
  console.log('\nWatcher cost with Azure subscriptions (AZURE_ALERT_SCOPES), one idle cycle, poll interval 10 s, simulator acting out the documented read buckets (250, 25/s)');
  console.table(rows.map((row) => ({
    scopes: row.scopes, 'requests per idle cycle': row.requestsPerIdleCycle, 'ARM requests': row.armRequestsPerIdleCycle,
    'max ARM requests in 1 s': row.maxArmRequestsPerSecond, 'ARM spread s': row.spreadSeconds, 'ARM 429s': row.throttled,
  })));
}

/** Time to notify, measured on a 1 s poll (a scaled clock) and stated for the old (900 s) and new (60 s) default intervals. */
async function printNotifyLatency(): Promise<void> {
  const { rows, processP50Ms } = await runNotifyLatency([900, 60]);
  console.log(`\nTime to notify: change in the simulator → card handed to Teams (25 changes at random moments, real watcher polling every 1 s;`);
  console.log(`at interval T a sample is wait × T / 1 s + processing; processing p50 ${processP50Ms.toFixed(0)} ms)`);
  console.table(rows.map((row) => ({ 'poll interval s': row.intervalSeconds, 'p50 s': row.p50Seconds.toFixed(row.intervalSeconds < 5 ? 2 : 0), 'p95 s': row.p95Seconds.toFixed(row.intervalSeconds < 5 ? 2 : 0) })));
}

async function main(): Promise<void> {
  if (process.argv.includes('--notify-only')) return printNotifyLatency();
  const started = Date.now();
  if (process.argv.includes('--azure-only')) {
    printAzureIdle(await runAzureIdle([0, 1, 3, 10, 50, 200]));
    return;
  }
  const scale = await runScaleBench(CONVERSATIONS, [1, 3], 3);
  printScale(scale.sends, scale.failovers);
  if (process.argv.includes('--scale-only')) return;
  printTurns(await runTurnComparison());
  const sends = await sendComparison();
  printSends(sends);
  const idle = await runGraphIdle([0, 100, 500, 2000]);
  console.log('\nGraph requests per watcher cycle against the simulator (page size 50)');
  console.table(idle.map((row) => ({ alerts: row.alerts, incidents: row.incidents, 'requests per idle cycle': row.requestsPerIdleCycle, 'requests after one rise': row.requestsAfterRise })));
  printAzureIdle(await runAzureIdle([0, 1, 3, 10, 50, 200]));
  await printNotifyLatency();
  console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
