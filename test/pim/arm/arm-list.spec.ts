import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { continuesPath, readArmList } from '../../../src/pim/arm/arm-list';
import type { ArmCall, ArmAnswer } from '../../../src/pim/arm/arm-transport';

const BASE = 'https://management.example';
const LIST = '/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleManagementAlerts';

/** A transport answering pages from a script, keeping the paths asked for. */
function pages(bodies: unknown[]): { send: (call: ArmCall) => Promise<ArmAnswer>; paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    send: (call) => {
      paths.push(call.path);
      return Promise.resolve({ status: 200, headers: new Headers(), body: bodies[paths.length - 1] ?? { value: [] } });
    },
  };
}

describe('readArmList (Resource Manager pageable lists)', () => {
  it('follows nextLinks that continue the list (any query) to the end', async () => {
    const transport = pages([
      { value: [{ name: 'a' }], nextLink: `${BASE}${LIST}?api-version=1&%24skiptoken=1` },
      { value: [{ name: 'b' }], nextLink: `${BASE}${LIST.toLowerCase()}?api-version=1&%24skiptoken=2` },
      { value: [{ name: 'c' }] },
    ]);
    const list = await readArmList(transport, `${LIST}?api-version=1`, 'listAzureAlerts', 10);
    assert.deepEqual(list.items.map((item) => item.name), ['a', 'b', 'c']);
    assert.equal(list.cutOff, false);
    assert.equal(transport.paths.length, 3);
  });

  it('refuses a nextLink to another list on Resource Manager, without requesting it', async () => {
    for (const elsewhere of [
      `${BASE}/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleAssignments?api-version=1`,
      `${BASE}${LIST}/../roleAssignments?api-version=1`,
      `${BASE}/subscriptions?api-version=1`,
    ]) {
      const transport = pages([{ value: [{ name: 'a' }], nextLink: elsewhere }]);
      await assert.rejects(readArmList(transport, `${LIST}?api-version=1`, 'listAzureAlerts', 10), (error: unknown) => error instanceof AppError && error.code === 'graphUnavailable', elsewhere);
      assert.equal(transport.paths.length, 1, elsewhere);
    }
  });

  it('stops after maxPages and says the list was cut off', async () => {
    const looping = { value: [{ name: 'x' }], nextLink: `${BASE}${LIST}?api-version=1&%24skiptoken=again` };
    const transport = pages([looping, looping, looping, looping]);
    const list = await readArmList(transport, `${LIST}?api-version=1`, 'listAzureAlerts', 3);
    assert.equal(list.cutOff, true);
    assert.equal(transport.paths.length, 3);
  });

  it('continuesPath compares paths only, case-insensitively, and refuses what is not a URL', () => {
    assert.equal(continuesPath(`${BASE}${LIST}?x=1`, LIST), true);
    assert.equal(continuesPath(`${BASE}${LIST}/more`, LIST), false);
    assert.equal(continuesPath('http://[', LIST), false);
  });
});
