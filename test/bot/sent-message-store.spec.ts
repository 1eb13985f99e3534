import { strict as assert } from 'node:assert';
import { SentMessageStore } from '../../src/bot/sent-message-store';
import { MemoryStorage } from '../../src/storage/memory-storage';

describe('SentMessageStore', () => {
  let now = 1_000_000;
  const store = (storage = new MemoryStorage()): SentMessageStore =>
    new SentMessageStore(storage, { perConversation: 3, ttlMs: 60_000 }, () => now);

  it('knows only the ids recorded in that conversation', async () => {
    const sent = store();
    await sent.record('a:chat-1', ['m1', 'm2']);
    assert.equal(await sent.has('a:chat-1', 'm1'), true);
    assert.equal(await sent.has('a:chat-1', 'm3'), false);
    assert.equal(await sent.has('a:chat-2', 'm1'), false);
  });

  it('records a notification with its kind, alert and broadcast; a reply has no origin; records written before origins still count as sent', async () => {
    const storage = new MemoryStorage();
    await storage.write('sent-messages/a%3Achat', { messages: [['old-1', now]] }, null);
    const sent = store(storage);
    const origin = { kind: 'notification', alertId: 'alert-1', broadcastId: 'b-1' } as const;
    await sent.record('a:chat', ['note-1'], origin);
    await sent.record('a:chat', ['reply-1']);
    assert.deepEqual(await sent.originOf('a:chat', 'note-1'), origin);
    assert.equal(await sent.originOf('a:chat', 'reply-1'), undefined);
    assert.equal(await sent.originOf('a:chat', 'old-1'), undefined);
    assert.equal(await sent.has('a:chat', 'old-1'), true);
    assert.equal(await sent.originOf('a:other', 'note-1'), undefined);
  });

  it('keeps the newest ids up to the limit, and forgets ids older than the TTL', async () => {
    const sent = store();
    await sent.record('a:chat', ['m1', 'm2', 'm3']);
    await sent.record('a:chat', ['m4']);
    assert.deepEqual(await Promise.all(['m1', 'm2', 'm4'].map((id) => sent.has('a:chat', id))), [false, true, true]);
    now += 60_001;
    assert.equal(await sent.has('a:chat', 'm4'), false);
  });

  it('treats a channel thread (;messageid=) as its channel, where the post was recorded', async () => {
    const sent = store();
    await sent.record('19:general@thread.tacv2', ['post-1']);
    assert.equal(await sent.has('19:general@thread.tacv2;messageid=post-1', 'post-1'), true);
  });

  it('does not lose ids recorded concurrently in one conversation', async () => {
    const sent = new SentMessageStore(new MemoryStorage());
    await Promise.all(['m1', 'm2', 'm3', 'm4'].map((id) => sent.record('a:chat', [id])));
    assert.deepEqual(await Promise.all(['m1', 'm2', 'm3', 'm4'].map((id) => sent.has('a:chat', id))), [true, true, true, true]);
  });
});
