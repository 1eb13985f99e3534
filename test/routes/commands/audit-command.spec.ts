import { strict as assert } from 'node:assert';
import type { AuditEntry, VerifiableAuditLog } from '../../../src/audit/audit-log';
import { StorageAuditLog } from '../../../src/audit/storage-audit-log';
import { answerCommand } from '../../../src/bot/answer-message';
import type { OutgoingMessage } from '../../../src/cards/outgoing-message';
import { AppError } from '../../../src/errors/app-error';
import { silentLogger } from '../../../src/logging/json-logger';
import { auditCommand } from '../../../src/routes/commands/audit-command';
import type { CommandInput } from '../../../src/routes/route';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import { RecordingTurn } from '../../support/fakes/recording-turn';
import { makeUseCaseDeps } from '../../support/fakes/use-case-deps';

const entry = (second: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2026, 10, 23, 12, 0, second)).toISOString(),
  actor: { id: '29:admin', aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Ada Admin' },
  action: 'dismiss',
  target: 'DirectoryRole_00000000-0000-4000-8000-000000000000_StaleSignInAlert',
  result: 'succeeded',
  conversationId: 'a:conversation',
  ...overrides,
});

function recordingTurn(): { turn: RecordingTurn; sent: OutgoingMessage[] } {
  const turn = new RecordingTurn({ id: '29:admin', name: 'Ada Admin', aadObjectId: '11111111-1111-4111-8111-111111111111' }, undefined, { id: 'a:conversation', type: 'personal' });
  return { turn, sent: turn.replies };
}

/** Runs the audit command's handler over `log` and answers as the bot does. */
async function handle(log: VerifiableAuditLog, turn: RecordingTurn, input: CommandInput): Promise<void> {
  await answerCommand(turn, await auditCommand.handle({ ...makeUseCaseDeps(), audit: log }, turn, input));
}

const textOf = (message: OutgoingMessage | undefined): string => (message && 'text' in message ? message.text ?? '' : '');

describe('audit command', () => {
  let log: StorageAuditLog;
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    log = new StorageAuditLog(storage, { logger: silentLogger });
  });

  it('is a write-level (administrator) command', () => {
    assert.equal(auditCommand.access, 'write');
  });

  it('lists who did what, on which target, with what result, when and where, newest first', async () => {
    await log.record(entry(1));
    await log.record(entry(2, { action: 'remediate', target: 'DirectoryRole_x/incident-1', result: 'failed', detail: 'graphForbidden' }));
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '', words: [] });
    const text = textOf(sent[0]);
    assert.match(text, /all 2 recorded write actions/);
    const [newest, oldest] = text.split('\n').filter((line) => /^\d+\. /.test(line));
    assert.match(newest!, /^1\. 2026-11-23 12:00:02 UTC: \*\*Ada Admin\*\* · remediate DirectoryRole\\_x\/incident-1: \*\*failed\*\* \(graphForbidden\) · conversation a:conversation$/);
    assert.match(oldest!, /^2\. 2026-11-23 12:00:01 UTC: .* dismiss .*succeeded/);
  });

  it('honours n and refuses anything but a number from 1 to 100', async () => {
    for (let second = 0; second < 5; second += 1) await log.record(entry(second));
        const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '2', words: ['2'] });
    assert.match(textOf(sent[0]), /the last 2 write actions/);
    for (const words of [['0'], ['101'], ['-1'], ['ten'], ['1e2'], ['2', '3'], ['__proto__']]) {
      await assert.rejects(handle(log, turn, { text: words.join(' '), words }), (error: unknown) =>
        error instanceof AppError && /Usage: audit \[n\]/.test(error.message));
    }
  });

  it('escapes names and targets that carry markdown, mentions, templates or HTML', async () => {
    await log.record(entry(1, {
      actor: { id: '29:x', name: '[click](http://evil.example) <at>Everyone</at> ${secret} <img src=x onerror=alert(1)>' },
      target: '**bold** _i_ `code`',
    }));
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '', words: [] });
    const text = textOf(sent[0]);
    assert.ok(!text.includes('[click](http'), 'no live markdown link');
    assert.ok(!/<at>/i.test(text), 'no mention tag');
    assert.ok(!text.includes('${'), 'no template expression');
    assert.ok(!text.includes('<img'), 'no HTML tag');
    assert.ok(!text.includes('**bold**'), 'no markdown emphasis from data');
  });

  it('says so when nothing has been recorded', async () => {
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '', words: [] });
    assert.equal(textOf(sent[0]), 'No write actions have been recorded yet.');
  });

  it('shows readable summaries in place of the bare action and target', async () => {
    await log.record(entry(1, { summary: "Changed 'Roles don't require MFA' threshold: 3 → 5" }));
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '', words: [] });
    assert.match(textOf(sent[0]), /Changed 'Roles don't require MFA' threshold: 3 → 5 \[dismiss\]: \*\*succeeded\*\*/);
  });

  it('shows one line per action with its outcome: an attempt is folded into its outcome, an attempt without one stays', async () => {
    await log.record(entry(1, { result: 'attempted', correlationId: 'c-1' }));
    await log.record(entry(2, { result: 'succeeded', correlationId: 'c-1' }));
    await log.record(entry(3, { action: 'remediate', target: 'DirectoryRole_x/incident-1', result: 'attempted', correlationId: 'c-2' }));
    await log.record(entry(4, { action: 'remediate', target: 'DirectoryRole_x/incident-1', result: 'failed', detail: 'graphForbidden', correlationId: 'c-2' }));
    await log.record(entry(5, { action: 'remediate', target: 'DirectoryRole_x/incident-2', result: 'attempted', correlationId: 'c-3' }));
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: '', words: [] });
    const lines = textOf(sent[0]).split('\n').filter((line) => /^\d+\. /.test(line));
    assert.deepEqual(lines.map((line) => /\*\*(attempted|succeeded|failed)\*\*/.exec(line)?.[1]), ['attempted', 'failed', 'succeeded']);
    assert.match(lines[0]!, /incident-2/, 'an attempt whose outcome was never recorded is still shown');
    assert.match(textOf(sent[0]), /all 3 recorded write actions/);
    await handle(log, turn, { text: '2', words: ['2'] });
    assert.match(textOf(sent[1]), /the last 2 write actions/);
    assert.equal(textOf(sent[1]).split('\n').filter((line) => /^\d+\. /.test(line)).length, 2);
  });

  it('audit verify: says the trail is intact, or names the first broken link', async () => {
    for (let second = 1; second <= 3; second += 1) await log.record(entry(second));
    const { turn, sent } = recordingTurn();
    await handle(log, turn, { text: 'verify', words: ['verify'] });
    assert.equal(textOf(sent[0]), '**Audit trail intact**: 3 entries verified.');
    await storage.delete('audit/e/000000000002');
    await handle(log, turn, { text: 'verify', words: ['verify'] });
    assert.match(textOf(sent[1]), /^\*\*Audit trail broken\*\* at entry 2: entry missing \(deleted\)\. 1 entries before it verified/);
  });
});
