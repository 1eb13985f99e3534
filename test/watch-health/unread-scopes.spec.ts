import assert from 'node:assert/strict';
import { applicationWrites } from '../../src/delegation/write-credentials';
import { silentLogger } from '../../src/logging/json-logger';
import { mapArmFailure } from '../../src/pim/arm/arm-error-mapper';
import { CompositePimAlerts, type ScopedAlerts } from '../../src/pim/sources/composite-pim-alerts';
import { interactivePacing } from '../../src/pim/sources/scope-pacing';
import { ScopeReadFailures } from '../../src/pim/sources/scope-read-failures';
import { OpsConversationStore } from '../../src/watch-health/ops-conversation-store';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { runCommand } from '../routes/commands/run-command';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { SkippingClock } from '../support/fakes/skipping-clock';
import { READER, RecordingTurn } from '../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../support/fakes/use-case-deps';

const SUB = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';
const armStatus = (status: number): Error => mapArmFailure({ status, method: 'GET', body: { error: { code: 'AuthorizationFailed', message: 'no' } }, operation: 'listAlerts' });

/** As main() wires it: the composite records into the tracker, the watch health view shows the tracker. */
function setup(): { readonly azure: FakePimAlerts; readonly ask: (command: string) => Promise<string>; readonly setNow: (at: number) => void } {
  let now = Date.parse('2026-12-07T08:00:00Z');
  const failures = new ScopeReadFailures(() => now);
  const azure = new FakePimAlerts([alertWith('AzureOwners', 'high', [incident('o')])]);
  // Resource Manager's source answers asynchronously (the fake throws at once).
  const scoped: ScopedAlerts = Object.assign(Object.create(azure) as FakePimAlerts, {
    scope: { subscriptionId: SUB, displayName: 'Contoso *Prod* ${x}' }, listAlerts: async () => azure.listAlerts(),
  });
  const pim = new CompositePimAlerts(new FakePimAlerts([alertWith('StaleSignInAlert', 'medium', [incident('a')])]),
    { all: () => Promise.resolve([scoped]), forSubscription: () => Promise.resolve(scoped) }, interactivePacing(new SkippingClock()), silentLogger, failures);
  const deps = makeUseCaseDeps({
    pim: pim as unknown as FakePimAlerts, writes: applicationWrites(pim), now: () => now,
    watchHealth: { status: () => ({ storageReachable: true, checkedAt: now, lastPollAt: now, unreadScopes: failures.current() }), ops: new OpsConversationStore(new MemoryStorage()) },
  });
  const ask = async (command: string): Promise<string> => JSON.stringify((await runCommand(deps, command, new RecordingTurn(READER, undefined, { id: 'team', type: 'channel' }))).replies);
  return { azure, ask, setNow: (at) => { now = at; } };
}

describe('watch health: an Azure subscription the bot cannot read is said, not shown as current', () => {
  it('"alerts" keeps its last known alerts under a note per unread subscription (escaped name, since when, why, what to do); gone after a good read', async () => {
    const { azure, ask, setNow } = setup();
    assert.doesNotMatch(await ask('alerts'), /not read since/);
    azure.outage = armStatus(403);
    await ask('alerts');
    setNow(Date.parse('2026-12-07T08:30:00Z'));
    const during = await ask('alerts');
    assert.match(during, /Azure subscription Contoso \\\\\*Prod\\\\\* \$\u200b\{x\} not read since 2026-12-07 08:00 UTC\*\* \(Azure Resource Manager refused the bot's read, 403\): its alerts below are the last known/);
    assert.match(during, /\*\*Reader\*\* role on this subscription/);
    assert.match(during, /AzureOwners alert/, 'the subscription\'s last known alerts stay listed');
    azure.outage = undefined;
    assert.doesNotMatch(await ask('alerts'), /not read since/);
  });

  it('"watch" lists the unread subscription next to "Watching" (an outage of Resource Manager: 503)', async () => {
    const { azure, ask } = setup();
    azure.outage = armStatus(503);
    await ask('alerts');
    const text = await ask('watch');
    assert.match(text, /Watching: last successful poll/);
    assert.match(text, /Azure subscription Contoso .* not read since 2026-12-07 08:00 UTC\*\* \(Azure Resource Manager unavailable, 503\): its alerts in \*\*alerts\*\* are the last known/);
    assert.match(text, /passing Azure outage/);
  });
});
