import { strict as assert } from 'node:assert';
import { AzureScopeDirectory } from '../../../src/pim/arm/azure-scope-directory';
import type { ArmAnswer } from '../../../src/pim/arm/arm-transport';
import { RecordingLogger } from '../../support/fakes/recording-logger';

/** A Resource Manager that lists one subscription per page and always links to a next page of the same list. */
function endlessSubscriptionPages(): { transport: { send: () => Promise<ArmAnswer> }; readonly pages: () => number } {
  let pages = 0;
  const send = (): Promise<ArmAnswer> => {
    pages += 1;
    const subscriptionId = `00000000-0000-4000-8000-${String(pages).padStart(12, '0')}`;
    const body = { value: [{ subscriptionId, displayName: `Subscription ${pages}`, state: 'Enabled' }], nextLink: `/subscriptions?api-version=2022-12-01&%24skiptoken=${pages}` };
    return Promise.resolve({ status: 200, headers: new Headers(), body });
  };
  return { transport: { send }, pages: () => pages };
}

describe('Azure scope directory (discover)', () => {
  it('says in the log when the subscription list was cut off, with how many were read, instead of stopping silently', async () => {
    const arm = endlessSubscriptionPages();
    const logger = new RecordingLogger();
    const directory = new AzureScopeDirectory(arm.transport, { subscriptionIds: [], discover: true, now: () => 0 }, logger);
    const scopes = await directory.scopes();
    assert.equal(scopes.length, 50);
    assert.equal(arm.pages(), 50, 'stops after 50 pages');
    const [warning] = logger.find(/subscription list cut off/);
    assert.ok(warning, 'a warning names the cut-off');
    assert.equal(warning.level, 'warn');
    assert.deepEqual(warning.fields, { pages: 50, subscriptionsRead: 50 });
  });
});
