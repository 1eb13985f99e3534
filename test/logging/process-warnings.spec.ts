import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { logProcessWarnings } from '../../src/logging/process-warnings';
import { JsonLogger } from '../../src/logging/json-logger';

function warning(message: string, code: string | undefined, stack: string): Error & { code?: string } {
  const error: Error & { code?: string } = new Error(message);
  error.name = code ? 'DeprecationWarning' : 'Warning';
  if (code) error.code = code;
  error.stack = `${error.name}: ${message}\n${stack}`;
  return error;
}

/** DEP0111 comes from restify 11 → spdy → http-deceiver; it is logged once at debug, other warnings stay visible. */
describe('process warnings', () => {
  it('the dependency DEP0111 is one debug line; any other warning is a warn line, once per text', () => {
    const lines: Record<string, unknown>[] = [];
    const fakeProcess = new EventEmitter();
    let nodePrinted = 0;
    fakeProcess.on('warning', () => { nodePrinted += 1; });
    logProcessWarnings(new JsonLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)), fakeProcess as unknown as NodeJS.Process);
    const fromDeceiver = warning("Access to process.binding('http_parser') is deprecated.", 'DEP0111', '    at Object.<anonymous> (/app/node_modules/http-deceiver/lib/deceiver.js:22:24)');
    fakeProcess.emit('warning', fromDeceiver);
    fakeProcess.emit('warning', fromDeceiver);
    fakeProcess.emit('warning', warning("Access to process.binding('util') is deprecated.", 'DEP0111', '    at Object.<anonymous> (/app/dist/src/ours.js:1:1)'));
    fakeProcess.emit('warning', warning('something else', undefined, '    at x'));
    fakeProcess.emit('warning', warning('something else', undefined, '    at x'));
    assert.equal(nodePrinted, 0, "Node's own printer is replaced");
    assert.deepEqual(lines.map((line) => [line.level, line.code ?? null]), [['debug', 'DEP0111'], ['warn', 'DEP0111'], ['warn', null]]);
  });

  it('loading the server prints no DEP0111 on stderr once warnings are logged (and does without)', () => {
    const script = (install: boolean): string => [
      `const { logProcessWarnings } = require(${JSON.stringify(path.resolve(__dirname, '../../src/logging/process-warnings'))});`,
      `const { JsonLogger } = require(${JSON.stringify(path.resolve(__dirname, '../../src/logging/json-logger'))});`,
      `require(${JSON.stringify(path.resolve(__dirname, '../../src/server/create-server'))});`,
      install ? "logProcessWarnings(new JsonLogger('info', () => undefined));" : '',
    ].join('\n');
    const run = (install: boolean): string =>
      spawnSync(process.execPath, ['-e', `${script(install)}\nsetTimeout(() => undefined, 50);`], { encoding: 'utf8' }).stderr;
    assert.match(run(false), /DEP0111/, 'the cause is still in the dependency (if this fails, restify no longer loads spdy: drop the filter)');
    assert.doesNotMatch(run(true), /DEP0111|DeprecationWarning/);
  });
});
