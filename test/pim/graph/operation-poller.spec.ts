import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import type { Operation, OperationStatus } from '../../../src/pim/model';
import { pollOperation } from '../../../src/pim/graph/operation-poller';

const POLICY = { initialDelayMs: 5, maxDelayMs: 20 };

function scripted(statuses: OperationStatus[]): { get: () => Promise<Operation>; calls: () => number } {
  let calls = 0;
  const get = (): Promise<Operation> => {
    const status = statuses[Math.min(calls, statuses.length - 1)]!;
    calls += 1;
    return Promise.resolve({ id: 'refresh:x', status, createdDateTime: null, lastActionDateTime: null, resourceLocation: '', statusDetail: status === 'failed' ? 'Scan <b>broke</b>' : '' });
  };
  return { get, calls: () => calls };
}

describe('pollOperation', () => {
  it('polls until succeeded', async () => {
    const script = scripted(['notStarted', 'running', 'unknownFutureValue', 'succeeded']);
    assert.equal((await pollOperation(script.get, { operationId: 'refresh:x' }, 5000, POLICY)).status, 'succeeded');
    assert.equal(script.calls(), 4);
  });

  it('fails with Graph’s statusDetail as text', async () => {
    const script = scripted(['running', 'failed']);
    await assert.rejects(pollOperation(script.get, { operationId: 'refresh:x' }, 5000, POLICY), (error: unknown) =>
      error instanceof AppError && error.code === 'graphUnavailable' && error.message.includes('Scan <b>broke</b>'));
  });

  it('times out and stops when aborted', async () => {
    await assert.rejects(pollOperation(scripted(['running']).get, { operationId: 'refresh:x' }, 50, POLICY),
      (error: unknown) => error instanceof AppError && error.code === 'timeout' && /did not finish within/.test(error.message));
    const controller = new AbortController();
    const script = scripted(['running']);
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pollOperation(script.get, { operationId: 'refresh:x' }, 60_000, POLICY, controller.signal),
      (error: unknown) => error instanceof AppError && error.code === 'timeout');
  });
});
