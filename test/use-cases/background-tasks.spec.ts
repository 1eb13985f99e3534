import assert from 'node:assert/strict';
import { BackgroundTasks } from '../../src/use-cases/background-tasks';
import { silentLogger } from '../../src/logging/json-logger';

describe('BackgroundTasks', () => {
  it('runs work after the caller returns and idle() waits for all of it', async () => {
    const tasks = new BackgroundTasks(silentLogger);
    const done: string[] = [];
    tasks.run('a', 'c1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push('a');
      tasks.run('b', 'c1', () => { done.push('b'); return Promise.resolve(); });
    });
    assert.equal(tasks.size, 1);
    await tasks.idle();
    assert.deepEqual(done, ['a', 'b']);
    assert.equal(tasks.size, 0);
  });

  it('logs a failure with the correlation id instead of throwing', async () => {
    const logged: unknown[] = [];
    const tasks = new BackgroundTasks({ ...silentLogger, error: (_m: string, fields?: unknown) => logged.push(fields) });
    tasks.run('boom', 'corr-9', () => Promise.reject(new Error('x')));
    await tasks.idle();
    assert.equal((logged[0] as { correlationId: string }).correlationId, 'corr-9');
  });
});
