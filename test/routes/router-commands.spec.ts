import assert from 'node:assert/strict';
import { answerCommand } from '../../src/bot/answer-message';
import { commandRoute, type CommandRoute, type Route } from '../../src/routes/route';
import { Router } from '../../src/routes/router';
import { textResult } from '../../src/use-cases/use-case-result';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../support/fakes/use-case-deps';
import { READER, RecordingTurn } from '../support/fakes/recording-turn';
import { REFUSAL } from '../support/fakes/fixed-access-policy';

function recordingCommand(name: string, access: CommandRoute['access'], seen: string[][], aliases?: string[]): CommandRoute {
  return commandRoute({
    name, aliases, access, summary: `${name} things`, usage: `${name} <x>`,
    handle: (_deps, _turn, input) => {
      seen.push([name, input.text, ...input.words]);
      return Promise.resolve(textResult('done'));
    },
  });
}

/** Routes `text` as the bot does: the router's result answered into the turn. */
class CommandRouter {
  private readonly router: Router;
  constructor(routes: readonly Route[], deps: TestUseCaseDeps) {
    this.router = new Router(routes, deps);
  }
  async route(turn: RecordingTurn, text: string): Promise<void> {
    await answerCommand(turn, await this.router.command(turn, text));
  }
}

describe('Router: commands', () => {
  it('routes by the first word, case-insensitively, with aliases and quoted words', async () => {
    const seen: string[][] = [];
    const router = new CommandRouter([recordingCommand('alerts', 'read', seen, ['list'])], makeUseCaseDeps());
    await router.route(new RecordingTurn(), '  ALERTS  one "two three" ');
    await router.route(new RecordingTurn(), 'List');
    assert.deepEqual(seen, [['alerts', 'one "two three"', 'one', 'two three'], ['alerts', '']]);
  });

  it('answers help and empty text with the help text; an unknown word briefly, with the closest command', async () => {
    const router = new CommandRouter([recordingCommand('alerts', 'read', [])], makeUseCaseDeps());
    const turn = new RecordingTurn();
    await router.route(turn, 'help');
    await router.route(turn, '');
    await router.route(turn, 'alrets now');
    await router.route(turn, 'frobnicate now');
    assert.equal(turn.texts.length, 4);
    for (const text of turn.texts.slice(0, 2)) assert.ok(text.includes('**alerts _x_**: alerts things'));
    assert.equal(turn.texts[2], 'I don\'t know "alrets". Did you mean **alerts**? Type **help** for every command.');
    assert.equal(turn.texts[3], 'I don\'t know "frobnicate". Type **help** for every command.');
  });

  it('escapes the unknown word it echoes like Graph text: no markdown, mention tags or template openers', async () => {
    const router = new CommandRouter([recordingCommand('alerts', 'read', [])], makeUseCaseDeps());
    const turn = new RecordingTurn();
    await router.route(turn, '[click](https://evil.example)');
    await router.route(turn, '<at>Everyone</at>');
    await router.route(turn, '**${x}**');
    const echoed = turn.texts.map((text) => text.split(' Type **help**')[0]);
    assert.deepEqual(echoed, [
      'I don\'t know "\\[click\\](https://evil.example)".',
      'I don\'t know "‹at>Everyone‹/at>".',
      'I don\'t know "\\*\\*$\u200b{x}\\*\\*".',
    ]);
  });

  it('rejects duplicate names and aliases, and commands named help', () => {
    const deps = makeUseCaseDeps();
    assert.throws(() => new CommandRouter([recordingCommand('a', 'read', []), recordingCommand('A', 'read', [])], deps), /"a"/);
    assert.throws(() => new CommandRouter([recordingCommand('a', 'read', [], ['b']), recordingCommand('b', 'read', [])], deps), /"b"/);
    assert.throws(() => new CommandRouter([recordingCommand('help', 'read', [])], deps), /"help"/);
  });

  it('asks the access policy first; a refused write never runs and is audited as refused', async () => {
    const seen: string[][] = [];
    const deps = makeUseCaseDeps();
    const router = new CommandRouter([recordingCommand('dismiss', 'write', seen)], deps);
    const turn = new RecordingTurn(READER);
    await router.route(turn, 'dismiss staleSignIn');
    assert.deepEqual(seen, []);
    assert.deepEqual(turn.texts, [REFUSAL]);
    assert.deepEqual(deps.access.checks, [{ userId: READER.id, level: 'write' }]);
    assert.equal(deps.audit.entries[0]?.result, 'refused');
    assert.equal(deps.audit.entries[0]?.action, 'dismiss');
  });

  it('turns a failing handler into a readable reply', async () => {
    const failing = commandRoute({ name: 'boom', summary: '', usage: 'boom', access: 'read', handle: () => Promise.reject(new Error('secret internals')) });
    const turn = new RecordingTurn();
    await new CommandRouter([failing], makeUseCaseDeps()).route(turn, 'boom');
    assert.equal(turn.texts.length, 1);
    assert.ok(!turn.texts[0]!.includes('secret internals'));
    assert.match(turn.texts[0]!, /went wrong/);
  });

  it('a request failing while the health check finds storage unreachable says so (and points at "watch"), not "something went wrong"', async () => {
    const failing = commandRoute({ name: 'boom', summary: '', usage: 'boom', access: 'read', handle: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) });
    const base = makeUseCaseDeps();
    const turn = new RecordingTurn();
    await new CommandRouter([failing], { ...base, watchHealth: { ...base.watchHealth, status: () => ({ storageReachable: false, checkedAt: 1 }) } }).route(turn, 'boom');
    assert.match(turn.texts[0]!, /cannot reach my storage right now.*not watching PIM alerts.*\*\*watch\*\*/);
  });

  it('takes the access level from the input when the route declares a function (read to look, write to change)', async () => {
    const seen: string[][] = [];
    const deps = makeUseCaseDeps();
    const router = new CommandRouter([recordingCommand('config', (input) => (input.words.length > 1 ? 'write' : 'read'), seen)], deps);
    await router.route(new RecordingTurn(READER), 'config staleSignIn');
    const refused = new RecordingTurn(READER);
    await router.route(refused, 'config staleSignIn duration=45');
    assert.deepEqual(seen, [['config', 'staleSignIn', 'staleSignIn']]);
    assert.deepEqual(refused.texts, [REFUSAL]);
    assert.deepEqual(deps.access.checks.map((check) => check.level), ['read', 'write']);
    assert.deepEqual(deps.audit.entries.map((entry) => [entry.action, entry.target, entry.result, entry.summary]), [['config', '-', 'refused', 'Typed: config staleSignIn duration=45']]);
  });
});
