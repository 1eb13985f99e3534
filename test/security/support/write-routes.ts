import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { accessLevelOf, type CardRoute, type CommandRoute } from '../../../src/routes/route';
import { ROUTES } from '../../../src/routes/route-table';
import { splitWords } from '../../../src/routes/split-words';
import type { Turn } from '../../../src/use-cases/turn';
import type { UseCaseDeps } from '../../../src/use-cases/use-case-deps';
import { WRITE_COMMAND_ARGUMENTS, WRITE_VERB_DATA } from './write-samples';

/** Every chat line that writes: each write command (by its name and every alias) with each of its write arguments. */
export function writeCommandLines(): string[] {
  return ROUTES.filter((route): route is CommandRoute => route.kind === 'command').flatMap((route) =>
    (WRITE_COMMAND_ARGUMENTS[route.name] ?? []).flatMap((args) => [route.name, ...(route.aliases ?? [])].map((name) => `${name} ${args}`.trim())));
}

/** Every card action that writes: each route whose access is `write`, with each of its well-formed data. */
export function writeInvokes(): Array<readonly [string, Record<string, unknown>]> {
  return ROUTES.filter((route): route is CardRoute => route.kind === 'card' && route.access === 'write')
    .flatMap((route) => (WRITE_VERB_DATA[route.verb] ?? []).map((data) => [route.verb, data] as const));
}

class Parsed extends Error {}

/** Throws `Parsed` as soon as a handler reaches for its dependencies or turn: the data got past the verb's reader. */
const reachedHandler = new Proxy({}, { get: () => { throw new Parsed(); } });

/**
 * The samples cover the route table: every command that is not plainly `read` has write arguments (each
 * of them a write), every `write` verb has data, and that data passes the verb's reader.
 */
export async function assertWriteSamplesCoverRoutes(): Promise<void> {
  for (const route of ROUTES) {
    if (route.kind === 'command') {
      const samples = WRITE_COMMAND_ARGUMENTS[route.name] ?? [];
      if (route.access === 'read') {
        assert.deepEqual(samples, [], `${route.name} only reads`);
        continue;
      }
      assert.ok(samples.length > 0, `command "${route.name}" can write: list its write arguments in write-samples.ts`);
      for (const text of samples) assert.equal(accessLevelOf(route.access, { text, words: splitWords(text) }), 'write', `"${route.name} ${text}" is a write`);
    } else if (route.access === 'write') {
      const samples = WRITE_VERB_DATA[route.verb] ?? [];
      assert.ok(samples.length > 0, `verb "${route.verb}" writes: list its data in write-samples.ts`);
      for (const data of samples) {
        const outcome = await Promise.resolve().then(() => route.run(reachedHandler as UseCaseDeps, reachedHandler as Turn, data)).then(() => undefined, (error: unknown) => error);
        assert.ok(outcome instanceof Parsed, `${route.verb} ${JSON.stringify(data)} is well-formed: ${outcome instanceof AppError ? outcome.message : String(outcome)}`);
      }
    } else {
      assert.equal(WRITE_VERB_DATA[route.verb], undefined, `${route.verb} only reads`);
    }
  }
  const known = new Set(ROUTES.map((route) => (route.kind === 'command' ? route.name : route.verb)));
  for (const name of [...Object.keys(WRITE_COMMAND_ARGUMENTS), ...Object.keys(WRITE_VERB_DATA)]) assert.ok(known.has(name), `${name} is in the route table`);
}
