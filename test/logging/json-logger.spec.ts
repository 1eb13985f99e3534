import assert from 'node:assert/strict';
import { JsonLogger } from '../../src/logging/json-logger';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug'): { logger: JsonLogger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: new JsonLogger(level, (line) => lines.push(JSON.parse(line) as Record<string, unknown>)), lines };
}

describe('JsonLogger', () => {
  it('writes one JSON object per entry with level, namespaced logger and fields', () => {
    const { logger, lines } = capture();
    logger.child('graph', { correlationId: 'abc' }).child('client').info('request sent', { status: 200 });
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { level: lines[0]!.level, logger: lines[0]!.logger, message: lines[0]!.message, correlationId: lines[0]!.correlationId, status: lines[0]!.status },
      { level: 'info', logger: 'pim-alerts:graph:client', message: 'request sent', correlationId: 'abc', status: 200 },
    );
  });

  it('keeps time, level, logger and message its own: fields of those names are written as field.<name>', () => {
    const { logger, lines } = capture();
    const forged = { time: 'then', level: 'write', logger: 'other', message: 'forged', msg: 'kept' };
    logger.child('auth', { level: 'child' }).warn('access refused', forged);
    const line = lines[0]!;
    assert.deepEqual([line.level, line.logger, line.message], ['warn', 'pim-alerts:auth', 'access refused']);
    assert.match(String(line.time), /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual([line['field.time'], line['field.level'], line['field.logger'], line['field.message'], line.msg], ['then', 'write', 'other', 'forged', 'kept']);
    logger.child('auth', { level: 'child' }).info('x');
    assert.deepEqual([lines[1]!.level, lines[1]!['field.level']], ['info', 'child']);
  });

  it('drops entries below the minimum level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    assert.deepEqual(lines.map((line) => line.message), ['c', 'd']);
  });

  it('redacts secrets in fields before writing', () => {
    const { logger, lines } = capture();
    logger.error('failed', { clientSecret: 'value-1', headers: { Authorization: 'Bearer abcdefghijkl' }, note: 'Bearer zyxwvutsrqpo' });
    const text = JSON.stringify(lines);
    assert.doesNotMatch(text, /value-1|abcdefghijkl|zyxwvutsrqpo/);
  });

  it('writes an error field with its stack and cause, so the line says where it was thrown', () => {
    const { logger, lines } = capture();
    logger.error('turn failed', { error: new Error('outer', { cause: new RangeError('inner') }) });
    const error = lines[0]!.error as { message: string; stack: string; cause: { name: string; stack: string } };
    assert.equal(error.message, 'outer');
    assert.match(error.stack, /json-logger\.spec\.js:\d+/);
    assert.equal(error.cause.name, 'RangeError');
    assert.match(error.cause.stack, /^RangeError: inner\n\s+at /);
  });
});
